// Given names of Central Asia's peoples (Kazakh, Kyrgyz, Uzbek, Tajik, Turkmen, and the Russian forms the
// region's news prints), in the Latin spellings its English-language news uses. compromise's lexicon
// (given-names.json) barely knows them (`Kamala`, not `Ainur`); without them a list of the region's names
// (`Vyacheslav Kim, Timur Kulibayev, and Dinara Kulibayeva`) has no given-name cue. Only names that are
// no English word and no part of a company's or place's name (not `Asset`, `Temir`, `Islam`).
export const REGIONAL_GIVEN_NAMES: { male: readonly string[]; female: readonly string[] } = {
  male: [
    'abai', 'abdulaziz', 'abdulla', 'abdumalik', 'abdurahmon', 'abduvali', 'adilbek', 'adilet', 'adylbek', 'aibek',
    'akmal', 'akylbek', 'aleksey', 'alexey', 'alibek', 'alikhan', 'alisher', 'almazbek', 'amangeldy', 'anvar',
    'arkadiy', 'arkady', 'arman', 'artyom', 'askar', 'askhat', 'aslan', 'asqar', 'asylbek', 'azamat', 'azat',
    'bakhodir', 'bakhrom', 'bakhtiyor', 'bakyt', 'bakytbek', 'bakytzhan', 'batyr', 'baurzhan', 'bauyrzhan', 'beibut',
    'bekzhan', 'bekzod', 'bolat', 'botir', 'chingiz', 'daniyar', 'dastan', 'daulet', 'dauren', 'davron', 'dilshod',
    'djamshid', 'dmitriy', 'doniyor', 'dzhamshed', 'eldor', 'elyor', 'emomali', 'erbol', 'erkin', 'erlan', 'ermek',
    'faridun', 'farkhod', 'farrukh', 'firdavs', 'furkat', 'gennadiy', 'gennady', 'gleb', 'grigori', 'grigory',
    'gurbanguly', 'ikrom', 'ilkhom', 'ilyas', 'islom', 'jamshid', 'jasur', 'kairat', 'kamchybek', 'kamoliddin',
    'kanat', 'kassym', 'konstantin', 'kuanysh', 'kubanychbek', 'kubatbek', 'laziz', 'lutfullo', 'mahmud', 'maksat',
    'manuchehr', 'marat', 'matvey', 'maulen', 'mirzo', 'mukhtar', 'nodir', 'nurali', 'nurbek', 'nurlan', 'nursultan',
    'odil', 'oleg', 'olzhas', 'otabek', 'oybek', 'parviz', 'qodir', 'rahim', 'rahmatullo', 'rajab', 'rajabboy',
    'rakhim', 'rakhmon', 'ramil', 'rashid', 'ravshan', 'rinat', 'ruslan', 'rustam', 'rustem', 'sadyr', 'saidali',
    'saidmukarram', 'saidmurod', 'sanjar', 'sardor', 'semyon', 'serdar', 'serik', 'shavkat', 'sherzod', 'shodmon',
    'shukhrat', 'sirojiddin', 'sukhrob', 'svyatoslav', 'talant', 'talgat', 'timofey', 'timur', 'tokhir', 'ulugbek',
    'umid', 'vadim', 'valeriy', 'vasiliy', 'vitali', 'vitaliy', 'vitaly', 'vyacheslav', 'yerbol', 'yerlan', 'yerzhan',
    'yevgeniy', 'yodgor', 'zafar', 'zhaksylyk', 'zhandos', 'zhanibek', 'zokir'
  ],
  female: [
    'aigerim', 'aigul', 'ainur', 'aizada', 'aizhan', 'akmaral', 'aliya', 'alyona', 'anara', 'asel', 'assel', 'aziza',
    'botagoz', 'dariga', 'dilbar', 'dilnoza', 'dinara', 'evgenia', 'feruza', 'firuza', 'galina', 'gulchehra',
    'gulmira', 'gulnara', 'gulnoza', 'gulshan', 'inna', 'kamola', 'karlygash', 'ksenia', 'kseniya', 'lidiya',
    'ludmila', 'lyazzat', 'lyubov', 'lyudmila', 'madina', 'mavluda', 'mukhabbat', 'munira', 'nadezhda', 'nargiza',
    'nazira', 'nigora', 'nilufar', 'nodira', 'raisa', 'raushan', 'sabohat', 'saltanat', 'saule', 'sayyora', 'sevara',
    'shahnoza', 'shakhnoza', 'sofya', 'svetlana', 'tatyana', 'tolkyn', 'ulyana', 'umida', 'veronika', 'yekaterina',
    'yevgenia', 'yulia', 'yuliya', 'zarina', 'zhanar', 'zhanna', 'zhazira', 'zhuldyz', 'zoya'
  ],
};
