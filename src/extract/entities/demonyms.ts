/** The adjective of each country a headline or a body's seat names ("Armenia" → "Armenian"). */
export const COUNTRY_ADJECTIVE: Readonly<Record<string, string>> = {
  Armenia: 'Armenian',
  Azerbaijan: 'Azerbaijani',
  Russia: 'Russian',
  Turkey: 'Turkish',
  Iran: 'Iranian',
  France: 'French',
  Georgia: 'Georgian',
};
