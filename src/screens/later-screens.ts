// The screens after home, loaded after the first screen has painted (not part of the first bundle).
export { ResultsScreen } from './results/results-screen';
export { ServiceScreen } from './service/service-screen';
export { SafetyScreen } from './safety/safety-screen';
export { ShortlistScreen } from './shortlist/shortlist-screen';
export { PresentScreen } from './present/present-screen';
export { ProfessionalsScreen } from './professionals/professionals-screen';
export { UnderstandScreen } from './understand/understand-screen';
export { TopicScreen } from './understand/topic-screen';
export { AboutScreen } from './about/about-screen';
export { ReportScreen } from './about/report-screen';
export { forgetThisDevice } from '../exit/forget-device';
