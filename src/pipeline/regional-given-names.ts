// Given names of Central Asia's peoples (Kazakh, Kyrgyz, Uzbek, Tajik, Turkmen, and the Russian forms the
// region's news prints), in the Latin spellings its English-language news uses. compromise's lexicon
// (given-names.json) barely knows them (`Kamala`, not `Ainur`); without them a list of the region's names
// (`Vyacheslav Kim, Timur Kulibayev, and Dinara Kulibayeva`) has no given-name cue. Only names that are
// no English word and no part of a company's or place's name (not `Asset`, `Temir`, `Islam`).
export const REGIONAL_GIVEN_NAMES: { male: readonly string[]; female: readonly string[] } = {
  male: [
    'abai', 'abdulaziz', 'abdulla', 'abdumalik', 'abduvali', 'adilbek', 'adilet', 'adylbek', 'aibek', 'akmal',
    'akylbek', 'alibek', 'alikhan', 'alisher', 'almazbek', 'amangeldy', 'anvar', 'arman', 'askar', 'askhat', 'aslan',
    'asylbek', 'azamat', 'azat', 'bakhodir', 'bakhrom', 'bakhtiyor', 'bakyt', 'bakytbek', 'bakytzhan', 'batyr',
    'baurzhan', 'bauyrzhan', 'beibut', 'bekzhan', 'bekzod', 'bolat', 'chingiz', 'daniyar', 'dastan', 'daulet',
    'dauren', 'davron', 'dilshod', 'djamshid', 'dzhamshed', 'eldor', 'elyor', 'emomali', 'erbol', 'erkin', 'erlan',
    'ermek', 'farkhod', 'farrukh', 'furkat', 'gurbanguly', 'ilkhom', 'islom', 'jamshid', 'jasur', 'kairat',
    'kamchybek', 'kanat', 'kassym', 'kuanysh', 'kubanychbek', 'kubatbek', 'laziz', 'maksat', 'marat', 'maulen',
    'mirzo', 'mukhtar', 'nodir', 'nurbek', 'nurlan', 'nursultan', 'odil', 'olzhas', 'otabek', 'rakhim', 'rashid',
    'ravshan', 'rustam', 'rustem', 'sadyr', 'saidmukarram', 'sanjar', 'sardor', 'serdar', 'serik', 'shavkat',
    'sherzod', 'shukhrat', 'sukhrob', 'talant', 'talgat', 'timur', 'tokhir', 'ulugbek', 'umid', 'vyacheslav',
    'yerlan', 'yerzhan', 'yerbol', 'zafar', 'zhaksylyk', 'zhanibek', 'zhandos', 'zokir'
  ],
  female: [
    'aigerim', 'aigul', 'ainur', 'aizada', 'aizhan', 'akmaral', 'aliya', 'anara', 'asel', 'assel', 'botagoz',
    'dariga', 'dilnoza', 'dinara', 'feruza', 'gulmira', 'gulnara', 'gulnoza', 'gulshan', 'karlygash', 'lyazzat',
    'madina', 'mukhabbat', 'nargiza', 'nazira', 'nigora', 'nilufar', 'raushan', 'saltanat', 'saule', 'sevara',
    'shahnoza', 'shakhnoza', 'tolkyn', 'umida', 'zarina', 'zhanar', 'zhazira', 'zhuldyz'
  ],
};
