/**
 * States, organizations and people of the starter gazetteer (see gazetteer.ts).
 *
 * Sources: names and abbreviations as used by the UN (UN member states list,
 * https://www.un.org/en/about-us/member-states) and by each organization's own
 * site; Russian names as on the Russian Foreign Ministry site (https://mid.ru)
 * and the Russian Wikipedia article of the same subject; people from their
 * English and Russian Wikipedia articles (titles given per entry).
 * Short all-caps aliases ("US", "UN", "EU") are matched case-sensitively by the
 * alias matcher, so "us" and "un-" never match them.
 */
import type { GazetteerEntry } from './gazetteer';

const UN_MEMBERS = 'https://www.un.org/en/about-us/member-states';

function state(key: string, name: string, aliases: string[], description: string, wikipedia: string): GazetteerEntry {
  return { key, kind: 'state', name, aliases, description, sources: [UN_MEMBERS, `Wikipedia: ${wikipedia}`] };
}

function org(key: string, name: string, aliases: string[], description: string, site: string): GazetteerEntry {
  return { key, kind: 'organization', name, aliases, description, sources: [site] };
}

function person(key: string, name: string, aliases: string[], description: string, wikipedia: string): GazetteerEntry {
  return { key, kind: 'person', name, aliases, description, sources: [`Wikipedia: ${wikipedia}`] };
}

export const GAZETTEER_ACTORS: GazetteerEntry[] = [
  state('state:us', 'United States',
    ['United States of America', 'US', 'USA', 'U.S.', 'U.S.A.', 'America', 'Washington', 'США', 'Соединённые Штаты', 'Соединенные Штаты Америки', 'Вашингтон'],
    'United States of America. "Washington" is kept as an alias: in arms-control news it names the US government.', 'United States'),
  state('state:ru', 'Russia',
    ['Russian Federation', 'Moscow', 'Kremlin', 'Россия', 'Российская Федерация', 'РФ', 'Москва', 'Кремль'],
    'Russian Federation, continuing State of the Soviet Union in its treaties since 1991. "Moscow" and "the Kremlin" are kept as aliases (metonyms for the government).', 'Russia'),
  state('state:su', 'Soviet Union',
    ['Union of Soviet Socialist Republics', 'USSR', 'U.S.S.R.', 'СССР', 'Советский Союз', 'Союз Советских Социалистических Республик'],
    'Union of Soviet Socialist Republics (1922-1991). Its arms-control treaties passed to Russia, and for INF and START I also to Belarus, Kazakhstan and Ukraine.', 'Soviet Union'),
  state('state:ua', 'Ukraine', ['Kyiv', 'Kiev', 'Украина', 'Київ', 'Україна'], 'Ukraine; a successor party to the INF Treaty and START I, non-nuclear NPT party since 1994.', 'Ukraine'),
  state('state:by', 'Belarus', ['Republic of Belarus', 'Беларусь', 'Белоруссия', 'Республика Беларусь'], 'Belarus; a successor party to the INF Treaty and START I.', 'Belarus'),
  state('state:kz', 'Kazakhstan', ['Republic of Kazakhstan', 'Казахстан', 'Республика Казахстан'], 'Kazakhstan; a successor party to the INF Treaty and START I, state party to the TPNW.', 'Kazakhstan'),
  state('state:cn', 'China', ["People's Republic of China", 'PRC', 'Beijing', 'Китай', 'КНР', 'Пекин'], "People's Republic of China; nuclear-weapon State under the NPT.", 'China'),
  state('state:gb', 'United Kingdom',
    ['United Kingdom of Great Britain and Northern Ireland', 'UK', 'U.K.', 'Britain', 'Great Britain', 'Великобритания', 'Соединённое Королевство'],
    'United Kingdom; nuclear-weapon State under the NPT.', 'United Kingdom'),
  state('state:fr', 'France', ['French Republic', 'Франция'], 'France; nuclear-weapon State under the NPT.', 'France'),
  state('state:ir', 'Iran', ['Islamic Republic of Iran', 'Tehran', 'Иран', 'Тегеран'], 'Islamic Republic of Iran; party to the JCPOA.', 'Iran'),
  state('state:de', 'Germany', ['Federal Republic of Germany', 'Германия', 'ФРГ'], 'Germany; party to the JCPOA (E3) and the CFE Treaty.', 'Germany'),
  state('state:jp', 'Japan', ['Япония'], 'Japan.', 'Japan'),
  state('state:kp', 'North Korea',
    ["Democratic People's Republic of Korea", 'DPRK', 'Pyongyang', 'КНДР', 'Северная Корея'],
    'DPRK; announced its withdrawal from the NPT on 2003-01-10.', 'North Korea'),
  state('state:in', 'India', ['Republic of India', 'Индия'], 'India; nuclear-armed, not party to the NPT.', 'India'),
  state('state:pk', 'Pakistan', ['Islamic Republic of Pakistan', 'Пакистан'], 'Pakistan; nuclear-armed, not party to the NPT.', 'Pakistan'),

  org('org:nato', 'NATO', ['North Atlantic Treaty Organization', 'North Atlantic Alliance', 'НАТО', 'Североатлантический альянс'],
    'North Atlantic Treaty Organization.', 'https://www.nato.int'),
  org('org:iaea', 'IAEA', ['International Atomic Energy Agency', 'МАГАТЭ'], 'International Atomic Energy Agency, verifies NPT safeguards.', 'https://www.iaea.org'),
  org('org:opcw', 'OPCW', ['Organisation for the Prohibition of Chemical Weapons', 'Organization for the Prohibition of Chemical Weapons', 'ОЗХО'],
    'Implements the Chemical Weapons Convention.', 'https://www.opcw.org'),
  org('org:ctbto', 'CTBTO', ['Comprehensive Nuclear-Test-Ban Treaty Organization', 'ОДВЗЯИ'], 'Prepares the CTBT verification regime.', 'https://www.ctbto.org'),
  org('org:un', 'United Nations', ['UN', 'U.N.', 'ООН', 'Организация Объединённых Наций'], 'United Nations.', 'https://www.un.org'),
  org('org:unsc', 'UN Security Council', ['United Nations Security Council', 'Security Council', 'UNSC', 'Совет Безопасности ООН', 'Совбез ООН'],
    'United Nations Security Council.', 'https://www.un.org/securitycouncil/'),
  org('org:eu', 'European Union', ['EU', 'E.U.', 'Евросоюз', 'Европейский союз', 'ЕС'], 'European Union; coordinator of the JCPOA Joint Commission.', 'https://european-union.europa.eu'),
  org('org:osce', 'OSCE', ['Organization for Security and Co-operation in Europe', 'ОБСЕ'], 'Organization for Security and Co-operation in Europe.', 'https://www.osce.org'),
  org('org:g20', 'G20', ['G-20', 'Group of 20', 'Group of Twenty', 'Большая двадцатка'], 'Group of Twenty.', 'https://www.g20.org'),
  org('org:g7', 'G7', ['G-7', 'Group of Seven', 'Большая семёрка'], 'Group of Seven.', 'Wikipedia: G7'),

  person('person:putin', 'Vladimir Putin',
    ['Putin', 'Vladimir Vladimirovich Putin', 'Путин', 'Владимир Путин', 'Владимир Владимирович Путин'],
    'President of Russia (2000-2008, since 2012), Prime Minister 1999-2000 and 2008-2012.', 'Vladimir Putin / Путин, Владимир Владимирович'),
  person('person:trump', 'Donald Trump',
    ['Trump', 'Donald J. Trump', 'Donald John Trump', 'Трамп', 'Дональд Трамп'],
    'President of the United States (2017-2021, since 2025); withdrew the US from the INF Treaty and the Open Skies Treaty.', 'Donald Trump / Трамп, Дональд'),
  person('person:biden', 'Joe Biden', ['Biden', 'Joseph R. Biden', 'Байден', 'Джо Байден'],
    'President of the United States (2021-2025); extended New START in 2021.', 'Joe Biden'),
  person('person:obama', 'Barack Obama', ['Obama', 'Обама', 'Барак Обама'], 'President of the United States (2009-2017); signed New START.', 'Barack Obama'),
  person('person:medvedev', 'Dmitry Medvedev', ['Medvedev', 'Dmitri Medvedev', 'Медведев', 'Дмитрий Медведев'],
    'President of Russia (2008-2012); signed New START.', 'Dmitry Medvedev'),
  person('person:gorbachev', 'Mikhail Gorbachev', ['Gorbachev', 'Горбачёв', 'Михаил Горбачёв'], 'Soviet leader (1985-1991); signed the INF Treaty and START I.', 'Mikhail Gorbachev'),
  person('person:reagan', 'Ronald Reagan', ['Reagan', 'Рейган', 'Рональд Рейган'], 'President of the United States (1981-1989); signed the INF Treaty.', 'Ronald Reagan'),
  person('person:lavrov', 'Sergei Lavrov', ['Lavrov', 'Sergey Lavrov', 'Лавров', 'Сергей Лавров'], 'Foreign Minister of Russia since 2004.', 'Sergey Lavrov'),
];
