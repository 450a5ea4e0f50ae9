// Given names of Central Asia's peoples (Kazakh, Kyrgyz, Uzbek, Tajik, Turkmen, and the Russian forms the
// region's news prints), in the Latin spellings its English-language news uses. compromise's lexicon
// (given-names.json) barely knows them (`Kamala`, not `Ainur`); without them a list of the region's names
// (`Vyacheslav Kim, Timur Kulibayev, and Dinara Kulibayeva`) has no given-name cue. Only names that are
// no English word and no part of a company's or place's name (not `Asset`, `Temir`, `Islam`).
export const REGIONAL_GIVEN_NAMES: { male: readonly string[]; female: readonly string[] } = {
  male: [
    'abai', 'abdulaziz', 'abdulla', 'abdumalik', 'abdurahmon', 'abduvali', 'adilbek', 'adilet', 'adylbek', 'aibek',
    'akmal', 'akylbek', 'alibek', 'alikhan', 'alisher', 'almazbek', 'amangeldy', 'anvar', 'arman', 'askar', 'askhat',
    'aslan', 'asqar', 'asylbek', 'azamat', 'azat', 'bakhodir', 'bakhrom', 'bakhtiyor', 'bakyt', 'bakytbek',
    'bakytzhan', 'batyr', 'baurzhan', 'bauyrzhan', 'beibut', 'bekzhan', 'bekzod', 'bolat', 'botir', 'chingiz',
    'daniyar', 'dastan', 'daulet', 'dauren', 'davron', 'dilshod', 'djamshid', 'doniyor', 'dzhamshed', 'eldor',
    'elyor', 'emomali', 'erbol', 'erkin', 'erlan', 'ermek', 'faridun', 'farkhod', 'farrukh', 'firdavs', 'furkat',
    'gurbanguly', 'ikrom', 'ilkhom', 'islom', 'jamshid', 'jasur', 'kairat', 'kamchybek', 'kamoliddin', 'kanat',
    'kassym', 'kuanysh', 'kubanychbek', 'kubatbek', 'laziz', 'lutfullo', 'mahmud', 'maksat', 'manuchehr', 'marat',
    'maulen', 'mirzo', 'mukhtar', 'nodir', 'nurali', 'nurbek', 'nurlan', 'nursultan', 'odil', 'olzhas', 'otabek',
    'oybek', 'parviz', 'qodir', 'rahim', 'rahmatullo', 'rajab', 'rajabboy', 'rakhim', 'rakhmon', 'rashid', 'ravshan',
    'rustam', 'rustem', 'sadyr', 'saidali', 'saidmukarram', 'saidmurod', 'sanjar', 'sardor', 'serdar', 'serik',
    'shavkat', 'sherzod', 'shodmon', 'shukhrat', 'sirojiddin', 'sukhrob', 'talant', 'talgat', 'timur', 'tokhir',
    'ulugbek', 'umid', 'vyacheslav', 'yerbol', 'yerlan', 'yerzhan', 'yodgor', 'zafar', 'zhaksylyk', 'zhandos',
    'zhanibek', 'zokir'
  ],
  female: [
    'aigerim', 'aigul', 'ainur', 'aizada', 'aizhan', 'akmaral', 'aliya', 'anara', 'asel', 'assel', 'aziza', 'botagoz',
    'dariga', 'dilbar', 'dilnoza', 'dinara', 'feruza', 'firuza', 'gulchehra', 'gulmira', 'gulnara', 'gulnoza',
    'gulshan', 'kamola', 'karlygash', 'lyazzat', 'madina', 'mavluda', 'mukhabbat', 'munira', 'nargiza', 'nazira',
    'nigora', 'nilufar', 'nodira', 'raushan', 'sabohat', 'saltanat', 'saule', 'sayyora', 'sevara', 'shahnoza',
    'shakhnoza', 'tolkyn', 'umida', 'zarina', 'zhanar', 'zhazira', 'zhuldyz'
  ],
};
