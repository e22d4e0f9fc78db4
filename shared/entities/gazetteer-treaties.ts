/**
 * Arms-control treaties of the starter gazetteer (see gazetteer.ts).
 *
 * Sources, for every entry: the U.S. State Department's treaty pages (Bureau of
 * Arms Control, Deterrence and Stability, https://www.state.gov/bureau-of-arms-control-deterrence-and-stability/
 * and its archive https://2009-2017.state.gov/t/avc/trty/), the UNODA treaty
 * database for multilateral treaties (https://treaties.unoda.org), the Arms
 * Control Association fact sheets (https://www.armscontrol.org/factsheets), and
 * the English and Russian Wikipedia articles named in `sources`. Russian names
 * are those of the Russian Foreign Ministry (https://mid.ru).
 *
 * Dates are the day the treaty was signed (or opened for signature), entered
 * into force, and ended; `parties` are the gazetteer's states that are or were
 * parties (for a treaty never in force: its signatories among them).
 */
import type { GazetteerEntry, GazetteerTreaty } from './gazetteer';

const STATE_DEPT = 'U.S. State Department, Bureau of Arms Control, Deterrence and Stability: treaty page';
const UNODA = 'UNODA Treaties Database, https://treaties.unoda.org';
const ACA = 'Arms Control Association fact sheet, https://www.armscontrol.org/factsheets';

const SOVIET_SUCCESSORS = ['state:su', 'state:ru', 'state:by', 'state:kz', 'state:ua'];
const P5 = ['state:us', 'state:ru', 'state:cn', 'state:gb', 'state:fr'];
const BROAD = [...P5, 'state:su', 'state:de', 'state:jp', 'state:ir', 'state:ua', 'state:by', 'state:kz'];

function treaty(
  key: string,
  name: string,
  aliases: string[],
  description: string,
  info: GazetteerTreaty,
  sources: string[],
): GazetteerEntry {
  return { key, kind: 'treaty', name, aliases, description, treaty: info, sources };
}

export const GAZETTEER_TREATIES: GazetteerEntry[] = [
  treaty('treaty:inf', 'INF Treaty',
    ['INF', 'Intermediate-Range Nuclear Forces Treaty', 'Intermediate-Range Nuclear Forces', 'Treaty on the Elimination of Intermediate-Range and Shorter-Range Missiles',
      'ДРСМД', 'Договор РСМД', 'Договор о ликвидации ракет средней и меньшей дальности'],
    'US-Soviet treaty eliminating ground-launched ballistic and cruise missiles with ranges of 500-5,500 km.',
    { abbreviation: 'INF', signed: '1987-12-08', inForce: '1988-06-01', ended: '2019-08-02', status: 'terminated',
      events: [
        { date: '2019-02-02', label: 'US suspends its obligations and gives six months\u2019 notice of withdrawal; Russia suspends its own' },
        { date: '2019-08-02', label: 'US withdrawal takes effect; the treaty ends' },
      ],
      parties: ['state:us', ...SOVIET_SUCCESSORS] },
    [STATE_DEPT, ACA, 'Wikipedia: Intermediate-Range Nuclear Forces Treaty', 'Wikipedia (ru): Договор о ликвидации ракет средней и меньшей дальности']),

  treaty('treaty:start1', 'START I',
    ['START', 'START-1', 'Strategic Arms Reduction Treaty', 'СНВ-1', 'Договор о сокращении и ограничении стратегических наступательных вооружений'],
    'US-Soviet treaty limiting strategic nuclear delivery vehicles and warheads. "START" alone means this treaty.',
    { abbreviation: 'START I', signed: '1991-07-31', inForce: '1994-12-05', ended: '2009-12-05', status: 'expired',
      events: [
        { date: '1992-05-23', label: 'Lisbon Protocol: Belarus, Kazakhstan, Russia and Ukraine become parties as Soviet successors' },
        { date: '2009-12-05', label: 'Expires after fifteen years' },
      ],
      parties: ['state:us', ...SOVIET_SUCCESSORS] },
    [STATE_DEPT, ACA, 'Wikipedia: START I', 'Wikipedia (ru): Договор СНВ-1']),

  treaty('treaty:start2', 'START II',
    ['START-2', 'СНВ-2'],
    'US-Russian treaty banning MIRVed ICBMs; ratified by both but never entered into force.',
    { abbreviation: 'START II', signed: '1993-01-03', inForce: null, ended: '2002-06-14', status: 'not-in-force',
      events: [
        { date: '1996-01-26', label: 'US Senate gives consent to ratification' },
        { date: '2000-04-14', label: 'Russian State Duma ratifies, conditional on the ABM Treaty' },
        { date: '2002-06-14', label: 'Russia withdraws after the US leaves the ABM Treaty' },
      ],
      parties: ['state:us', 'state:ru'] },
    [STATE_DEPT, ACA, 'Wikipedia: START II', 'Wikipedia (ru): Договор СНВ-2']),

  treaty('treaty:sort', 'SORT',
    ['Strategic Offensive Reductions Treaty', 'Moscow Treaty', 'СНП', 'Договор о сокращении стратегических наступательных потенциалов'],
    'US-Russian treaty limiting deployed strategic warheads to 1,700-2,200; superseded by New START.',
    { abbreviation: 'SORT', signed: '2002-05-24', inForce: '2003-06-01', ended: '2011-02-05', status: 'terminated',
      events: [{ date: '2011-02-05', label: 'Superseded when New START enters into force' }],
      parties: ['state:us', 'state:ru'] },
    [STATE_DEPT, 'Wikipedia: Strategic Offensive Reductions Treaty']),

  treaty('treaty:new-start', 'New START',
    ['New START Treaty', 'Treaty on Measures for the Further Reduction and Limitation of Strategic Offensive Arms', 'СНВ-3', 'ДСНВ', 'Пражский договор'],
    'US-Russian treaty limiting deployed strategic warheads to 1,550; the last treaty limiting both arsenals.',
    { abbreviation: 'New START', signed: '2010-04-08', inForce: '2011-02-05', ended: '2026-02-05', status: 'expired',
      events: [
        { date: '2021-02-03', label: 'Extended by five years, to 2026-02-05 (the only extension the treaty allows)' },
        { date: '2023-02-21', label: 'Russia announces it suspends its participation' },
        { date: '2026-02-05', label: 'Expires under its terms' },
      ],
      parties: ['state:us', 'state:ru'] },
    ['U.S. State Department: https://www.state.gov/new-start/', ACA, 'Wikipedia: New START', 'Wikipedia (ru): Договор СНВ-III']),

  treaty('treaty:salt1', 'SALT I',
    ['SALT-1', 'Interim Agreement on Strategic Offensive Arms', 'ОСВ-1'],
    'US-Soviet interim agreement freezing the number of strategic ballistic missile launchers.',
    { abbreviation: 'SALT I', signed: '1972-05-26', inForce: '1972-10-03', ended: '1977-10-03', status: 'expired',
      events: [{ date: '1977-10-03', label: 'Expires after five years' }],
      parties: ['state:us', 'state:su'] },
    [STATE_DEPT, 'Wikipedia: Strategic Arms Limitation Talks', 'Wikipedia (ru): ОСВ-1']),

  treaty('treaty:salt2', 'SALT II',
    ['SALT-2', 'ОСВ-2'],
    'US-Soviet treaty limiting strategic launchers; signed, never ratified.',
    { abbreviation: 'SALT II', signed: '1979-06-18', inForce: null, ended: null, status: 'not-in-force',
      events: [
        { date: '1980-01-03', label: 'President Carter asks the Senate to delay ratification after the invasion of Afghanistan' },
        { date: '1986-05-27', label: 'President Reagan says the US will no longer be bound by its limits' },
      ],
      parties: ['state:us', 'state:su'] },
    [STATE_DEPT, 'Wikipedia: Strategic Arms Limitation Talks', 'Wikipedia (ru): ОСВ-2']),

  treaty('treaty:abm', 'ABM Treaty',
    ['Anti-Ballistic Missile Treaty', 'Договор по ПРО', 'Договор об ограничении систем противоракетной обороны'],
    'US-Soviet treaty limiting anti-ballistic missile defence systems.',
    { abbreviation: 'ABM', signed: '1972-05-26', inForce: '1972-10-03', ended: '2002-06-13', status: 'withdrawn',
      events: [
        { date: '2001-12-13', label: 'US gives six months\u2019 notice of withdrawal' },
        { date: '2002-06-13', label: 'US withdrawal takes effect' },
      ],
      parties: ['state:us', ...SOVIET_SUCCESSORS] },
    [STATE_DEPT, ACA, 'Wikipedia: Anti-Ballistic Missile Treaty']),

  treaty('treaty:ctbt', 'CTBT',
    ['Comprehensive Nuclear-Test-Ban Treaty', 'Comprehensive Test Ban Treaty', 'ДВЗЯИ', 'Договор о всеобъемлющем запрещении ядерных испытаний'],
    'Bans all nuclear explosions; not in force until all 44 Annex 2 states ratify.',
    { abbreviation: 'CTBT', signed: '1996-09-24', inForce: null, ended: null, status: 'not-in-force',
      events: [
        { date: '2000-06-30', label: 'Russia ratifies' },
        { date: '2023-11-02', label: 'Russia revokes its ratification (remains a signatory)' },
      ],
      parties: BROAD.filter((k) => k !== 'state:su') },
    [UNODA, 'CTBTO: https://www.ctbto.org', 'Wikipedia: Comprehensive Nuclear-Test-Ban Treaty']),

  treaty('treaty:npt', 'NPT',
    ['Non-Proliferation Treaty', 'Nuclear Non-Proliferation Treaty', 'Treaty on the Non-Proliferation of Nuclear Weapons', 'ДНЯО', 'Договор о нераспространении ядерного оружия'],
    'Limits nuclear weapons to five States, commits them to disarmament talks and others to forgo them.',
    { abbreviation: 'NPT', signed: '1968-07-01', inForce: '1970-03-05', ended: null, status: 'in-force',
      events: [
        { date: '1995-05-11', label: 'Extended indefinitely' },
        { date: '2003-01-10', label: 'North Korea announces its withdrawal' },
      ],
      parties: [...BROAD, 'state:kp'] },
    [UNODA, 'IAEA INFCIRC/140', 'Wikipedia: Treaty on the Non-Proliferation of Nuclear Weapons']),

  treaty('treaty:open-skies', 'Open Skies Treaty',
    ['Treaty on Open Skies', 'Open Skies', 'Договор по открытому небу'],
    'Unarmed observation flights over the territory of the parties.',
    { abbreviation: 'Open Skies', signed: '1992-03-24', inForce: '2002-01-01', ended: null, status: 'in-force',
      events: [
        { date: '2020-11-22', label: 'US withdrawal takes effect' },
        { date: '2021-12-18', label: 'Russia\u2019s withdrawal takes effect' },
      ],
      parties: ['state:us', 'state:ru', 'state:by', 'state:ua', 'state:gb', 'state:fr', 'state:de'] },
    [STATE_DEPT, 'OSCE: https://www.osce.org/library/14127', 'Wikipedia: Treaty on Open Skies']),

  treaty('treaty:cfe', 'CFE Treaty',
    ['CFE', 'Treaty on Conventional Armed Forces in Europe', 'ДОВСЕ', 'Договор об обычных вооружённых силах в Европе'],
    'Limits tanks, artillery, combat vehicles, aircraft and helicopters in Europe.',
    { abbreviation: 'CFE', signed: '1990-11-19', inForce: '1992-11-09', ended: null, status: 'suspended',
      events: [
        { date: '2007-12-12', label: 'Russia suspends its participation' },
        { date: '2023-11-07', label: 'Russia\u2019s withdrawal takes effect; NATO allies suspend the treaty' },
      ],
      parties: ['state:us', 'state:gb', 'state:fr', 'state:de', ...SOVIET_SUCCESSORS] },
    [STATE_DEPT, ACA, 'Wikipedia: Treaty on Conventional Armed Forces in Europe']),

  treaty('treaty:tpnw', 'TPNW',
    ['Treaty on the Prohibition of Nuclear Weapons', 'nuclear ban treaty', 'ДЗЯО', 'Договор о запрещении ядерного оружия'],
    'Prohibits nuclear weapons outright; no nuclear-armed State is a party.',
    { abbreviation: 'TPNW', signed: '2017-09-20', inForce: '2021-01-22', ended: null, status: 'in-force',
      events: [{ date: '2017-07-07', label: 'Adopted at the UN conference' }, { date: '2019-08-29', label: 'Kazakhstan ratifies' }],
      parties: ['state:kz'] },
    [UNODA, 'Wikipedia: Treaty on the Prohibition of Nuclear Weapons']),

  treaty('treaty:jcpoa', 'JCPOA',
    ['Joint Comprehensive Plan of Action', 'Iran nuclear deal', 'СВПД', 'Совместный всеобъемлющий план действий'],
    'Limits on Iran\u2019s nuclear programme in exchange for sanctions relief; a political agreement endorsed by UNSC Resolution 2231.',
    { abbreviation: 'JCPOA', signed: '2015-07-14', inForce: '2015-10-18', ended: '2025-10-18', status: 'terminated',
      events: [
        { date: '2016-01-16', label: 'Implementation Day' },
        { date: '2018-05-08', label: 'US announces its withdrawal' },
        { date: '2025-08-28', label: 'France, Germany and the UK trigger the snapback mechanism' },
        { date: '2025-09-28', label: 'UN sanctions on Iran re-imposed' },
        { date: '2025-10-18', label: 'Termination Day under Resolution 2231; Iran declares its commitments ended' },
      ],
      parties: ['state:ir', ...P5, 'state:de', 'org:eu'] },
    [STATE_DEPT, ACA, 'Wikipedia: Joint Comprehensive Plan of Action']),

  treaty('treaty:cwc', 'Chemical Weapons Convention',
    ['CWC', 'Convention on the Prohibition of Chemical Weapons', 'КХО', 'Конвенция о запрещении химического оружия'],
    'Bans chemical weapons and requires their destruction, verified by the OPCW.',
    { abbreviation: 'CWC', signed: '1993-01-13', inForce: '1997-04-29', ended: null, status: 'in-force', events: [],
      parties: BROAD.filter((k) => k !== 'state:su') },
    [UNODA, 'OPCW: https://www.opcw.org/chemical-weapons-convention', 'Wikipedia: Chemical Weapons Convention']),

  treaty('treaty:bwc', 'Biological Weapons Convention',
    ['BWC', 'BTWC', 'Biological and Toxin Weapons Convention', 'КБТО', 'Конвенция о запрещении биологического и токсинного оружия'],
    'Bans the development, production and stockpiling of biological and toxin weapons.',
    { abbreviation: 'BWC', signed: '1972-04-10', inForce: '1975-03-26', ended: null, status: 'in-force', events: [], parties: BROAD },
    [UNODA, 'Wikipedia: Biological Weapons Convention']),

  treaty('treaty:outer-space', 'Outer Space Treaty',
    ['Treaty on Principles Governing the Activities of States in the Exploration and Use of Outer Space', 'Договор о космосе'],
    'Bans nuclear weapons in orbit and on celestial bodies.',
    { abbreviation: 'OST', signed: '1967-01-27', inForce: '1967-10-10', ended: null, status: 'in-force', events: [], parties: BROAD },
    [UNODA, 'Wikipedia: Outer Space Treaty']),

  treaty('treaty:ptbt', 'Partial Test Ban Treaty',
    ['PTBT', 'LTBT', 'Limited Test Ban Treaty', 'Treaty Banning Nuclear Weapon Tests in the Atmosphere, in Outer Space and Under Water',
      'Договор о запрещении испытаний ядерного оружия в атмосфере, в космическом пространстве и под водой'],
    'Bans nuclear tests except underground; France and China never joined.',
    { abbreviation: 'PTBT', signed: '1963-08-05', inForce: '1963-10-10', ended: null, status: 'in-force', events: [],
      parties: ['state:us', 'state:su', 'state:ru', 'state:gb', 'state:de', 'state:jp', 'state:ir', 'state:ua', 'state:by', 'state:kz'] },
    [UNODA, 'Wikipedia: Partial Nuclear Test Ban Treaty']),
];
