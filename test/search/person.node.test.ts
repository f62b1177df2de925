// Who is asking and where, as the search understands it from a person's own words: the chips the
// results screen shows, and what they do to the order of services. Built on the real directory.
import { describe, expect, it } from 'vitest';
import { buildDirectoryBundle, loadValidatedServices } from '../../scripts/directory-source.ts';
import { BANK_HOLIDAYS } from '../../src/hours/bank-holidays.ts';
import { DirectorySearch, type SearchRequest } from '../../src/search/search.ts';

const bundle = buildDirectoryBundle(loadValidatedServices());
const engine = new DirectorySearch(bundle.search, bundle.services, bundle.helpNow);
const context = { language: 'en', now: new Date('2026-12-01T11:00:00Z'), bankHolidays: BANK_HOLIDAYS };
const byId = new Map(bundle.services.map((service) => [service.id, service]));

function search(query: string, extra: Partial<SearchRequest> = {}) {
  return engine.search({ query, needs: [], filters: {}, limit: 10, ...extra }, context);
}

describe('who is asking', () => {
  it('reads an age written as a number, in words or in Chinese', () => {
    expect(search('im 15 and my boyfriend hits me').person.age).toBe(15);
    expect(search('16 year old kicked out').person.age).toBe(16);
    expect(search('我十五岁 男朋友打我').person.age).toBe(15);
  });

  it('does not read an age from other numbers', () => {
    expect(search('I am 2 weeks late').person.age).toBeUndefined();
    expect(search('a man followed me').person.audiences).not.toContain('men');
  });

  it('says "men" when a man says it of himself, and puts no women-only service above the men’s line', () => {
    const result = search("I'm a man and my wife hits me");
    expect(result.person.audiences).toContain('men');
    const top = result.results.slice(0, 3).map((ranked) => ranked.service);
    expect(top.some((service) => service.id === bundle.helpNow.for_audience.men)).toBe(true);
    expect(top.filter((service) => service.limited_to?.length === 1 && service.limited_to[0] === 'women')).toEqual([]);
  });

  it('moves a 16+ line below the ones a 14-year-old can use, without hiding it', () => {
    const adult = search('someone raped me');
    const child = search('im 14 and someone raped me', { limit: 200 });
    const position = (result: typeof adult, id: string) => result.results.findIndex((ranked) => ranked.service.id === id);
    expect(byId.get('rape-crisis-247-support-line')?.minimum_age).toBe(16);
    expect(position(adult, 'rape-crisis-247-support-line')).toBeLessThan(3);
    expect(position(child, 'rape-crisis-247-support-line')).toBeGreaterThan(position(child, 'childline'));
    expect(position(child, 'childline')).toBe(0);
    expect(position(child, 'rape-crisis-247-support-line')).toBeGreaterThanOrEqual(0);
  });

  it('lets the person take the age chip away', () => {
    expect(search('im 15 need help', { ignoreAge: true }).person.age).toBeUndefined();
  });
});

describe('where they are', () => {
  it('knows a neighbourhood, a station and a postcode district by the borough they are in', () => {
    expect(search('refuge near Shepherds Bush').person.places.flatMap((place) => place.areas)).toContain('hammersmith-fulham');
    expect(search('help in Clapham Junction').person.places.flatMap((place) => place.areas)).toContain('wandsworth');
    expect(search('domestic abuse W10').person.places.flatMap((place) => place.areas)).toContain('kensington-chelsea');
  });

  it('puts the borough’s own services first for a place, and drops the place when its chip is removed', () => {
    const named = search('domestic abuse help Battersea');
    const local = named.results.slice(0, 3).map((ranked) => ranked.service.areas);
    expect(local.some((areas) => areas.includes('wandsworth'))).toBe(true);
    expect(search('domestic abuse help Battersea', { excludedPlaces: named.person.places.map((place) => place.name) }).person.places).toEqual([]);
  });
});

describe('not understood', () => {
  it('says so for words it cannot read, rather than listing arbitrary services', () => {
    const result = search('qqqxxzv');
    expect(result.understood).toBe(false);
  });

  it('understands a typo of a need word', () => {
    expect(search('domestik abuse').needs[0]?.code).toBeDefined();
    expect(search('domestik abuse').understood).toBe(true);
  });
});

describe('what is happening, in everyday words', () => {
  it('recognises a situation from its everyday words and finds the services for it', () => {
    const control = search("he checks my phone and won't let me see my friends");
    expect(control.topic).toBe('coercive-control');
    expect(control.needs[0]?.code).toBe('domestic-abuse');
    expect(search('he controls my money').topic).toBe('economic-abuse');
    expect(search('they took my passport').topic).toBe('trafficking');
  });

  it('offers a page for a need said plainly, never for a word that only resembles it', () => {
    expect(search('stalking').topic).toBe('stalking');
    expect(search('me cortaron la luz').topic).toBeUndefined();
    expect(search('he hits me').topic).toBeUndefined();
  });

  it('drops the page when its needs are taken away', () => {
    expect(search("he checks my phone", { excludedNeeds: ['domestic-abuse'] }).topic).toBeUndefined();
  });
});
