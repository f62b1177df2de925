import { useEffect, useState } from 'preact/hooks';
import { useUi } from '../../ui-context';

/** Props of ReadAloud. */
export interface ReadAloudProps {
  /** What to say, already in the UI language. */
  text: string;
}

/**
 * A voice on this device for the language. Only local voices: Chrome's network voices send the
 * text to a server, which would break "no third-party requests" (Safety rule 3, README).
 */
function localVoice(language: string): SpeechSynthesisVoice | undefined {
  if (!('speechSynthesis' in window)) return undefined;
  return speechSynthesis.getVoices().find((voice) => voice.localService && voice.lang.toLowerCase().split(/[-_]/)[0] === language);
}

/** Reads a service's key details with the device's speech synthesis; hidden when no voice exists. */
export function ReadAloud({ text }: ReadAloudProps) {
  const { t, language } = useUi();
  const [voice, setVoice] = useState(() => localVoice(language));
  const [speaking, setSpeaking] = useState(false);

  useEffect(() => {
    if (!('speechSynthesis' in window)) return undefined;
    // Voices load asynchronously in Chrome; they arrive with this event.
    const update = () => setVoice(localVoice(language));
    update();
    speechSynthesis.addEventListener('voiceschanged', update);
    return () => {
      speechSynthesis.removeEventListener('voiceschanged', update);
      speechSynthesis.cancel();
    };
  }, [language]);

  if (!voice) return null;
  const toggle = () => {
    if (speaking) {
      speechSynthesis.cancel();
      setSpeaking(false);
      return;
    }
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.onend = utterance.onerror = () => setSpeaking(false);
    speechSynthesis.speak(utterance);
    setSpeaking(true);
  };
  return (
    <button type="button" class="button button-secondary" aria-pressed={speaking} onClick={toggle}>
      {t(speaking ? 'service.stopReading' : 'service.readAloud')}
    </button>
  );
}
