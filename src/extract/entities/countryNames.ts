import { resolveEntityAt } from './resolve.ts';

/**
 * The world's states by their common English names, for telling a country from a person's or a
 * body's name: "Indonesia hoped …" is the country, never short for "Universitas Indonesia".
 */
const COUNTRY_NAMES = new Set(
  (
    'Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahamas|' +
    'Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia and Herzegovina|' +
    'Botswana|Brazil|Brunei|Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Chile|China|' +
    'Colombia|Comoros|Congo|Costa Rica|Croatia|Cuba|Cyprus|Czechia|Denmark|Djibouti|Dominica|' +
    'Ecuador|Egypt|El Salvador|Eritrea|Estonia|Eswatini|Ethiopia|Fiji|Finland|France|Gabon|Gambia|' +
    'Georgia|Germany|Ghana|Greece|Grenada|Guatemala|Guinea|Guyana|Haiti|Honduras|Hungary|Iceland|India|' +
    'Indonesia|Iran|Iraq|Ireland|Israel|Italy|Jamaica|Japan|Kazakhstan|Kenya|Kiribati|Kosovo|' +
    'Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|' +
    'Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Mauritania|Mauritius|Mexico|Moldova|Monaco|' +
    'Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Namibia|Nauru|Nepal|Netherlands|New Zealand|' +
    'Nicaragua|Niger|Nigeria|North Korea|North Macedonia|Norway|Oman|Pakistan|Palau|Palestine|Panama|' +
    'Paraguay|Peru|Philippines|Poland|Portugal|Qatar|Romania|Russia|Rwanda|Samoa|San Marino|' +
    'Saudi Arabia|Senegal|Serbia|Seychelles|Sierra Leone|Singapore|Slovakia|Slovenia|Somalia|' +
    'South Africa|South Korea|South Sudan|Spain|Sri Lanka|Sudan|Suriname|Sweden|Switzerland|Syria|' +
    'Taiwan|Tajikistan|Tanzania|Thailand|Togo|Tonga|Tunisia|Turkey|Türkiye|Turkmenistan|Tuvalu|Uganda|' +
    'Ukraine|United Arab Emirates|United Kingdom|United States|Uruguay|Uzbekistan|Vanuatu|Vatican|' +
    'Venezuela|Vietnam|Yemen|Zambia|Zimbabwe'
  ).split('|'),
);

/** Whether a name as written is a country's: "Indonesia", "Saudi Arabia". */
export function isCountryName(name: string): boolean {
  return COUNTRY_NAMES.has(name.trim());
}

/**
 * Whether a lone name is a place's: a country, or a place or seat of government the gazetteer
 * knows ("Goris", "Baku"). A place is never short for a person or a body named after it.
 */
export function isPlaceName(name: string): boolean {
  if (isCountryName(name)) return true;
  const kind = resolveEntityAt(name, null)?.kind;
  return kind === 'place' || kind === 'government';
}
