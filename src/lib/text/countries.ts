/**
 * General world knowledge, not story knowledge: the names news copy uses for a country — its
 * demonym, its capital and the seat of government it is known by ("Downing Street", "The Hague").
 * The pipeline uses it to tie "Danish officials", "officials in The Hague" and "Norway's foreign
 * minister" to their country in any story, so a topic config need not list every country.
 * Left out on purpose: names that are also common English words or first names, since actor
 * names match case-insensitively ("Polish", "Turkey", "Chad", "Jordan", "Georgia", "Guinea"), and
 * Brussels (the EU as much as Belgium).
 */

/** One country as news copy names it. */
export interface WorldCountry {
  /** Canonical English short name ("Netherlands"). */
  name: string;
  /** Other names for the country itself ("Holland", "the Netherlands"). */
  names: string[];
  /** Adjectives of nationality ("Dutch"); each also yields "<demonym> government". */
  demonyms: string[];
  /** The capital and any seat of government that stands for the government ("The Hague"). */
  seats: string[];
}

const c = (name: string, names: string[], demonyms: string[], seats: string[]): WorldCountry => ({
  name,
  names,
  demonyms,
  seats,
});

/** Countries with the names news copy uses for them. */
export const WORLD_COUNTRIES: readonly WorldCountry[] = [
  c('United States', ['U.S.', 'USA', 'America'], ['American'], ['Washington', 'White House']),
  c(
    'United Kingdom',
    ['UK', 'U.K.', 'Britain', 'Great Britain'],
    ['British'],
    ['London', 'Downing Street', 'Whitehall'],
  ),
  c('France', [], ['French'], ['Paris', 'Élysée', 'Elysee Palace', "Quai d'Orsay"]),
  c('Germany', [], ['German'], ['Berlin']),
  c('Netherlands', ['the Netherlands', 'Holland'], ['Dutch'], ['The Hague']),
  c('Belgium', [], ['Belgian'], []),
  c('Spain', [], ['Spanish'], ['Madrid', 'Moncloa']),
  c('Portugal', [], ['Portuguese'], ['Lisbon']),
  c('Italy', [], ['Italian'], ['Rome', 'Palazzo Chigi']),
  c('Ireland', [], ['Irish'], ['Dublin']),
  c('Denmark', [], ['Danish'], ['Copenhagen']),
  c('Norway', [], ['Norwegian'], ['Oslo']),
  c('Sweden', [], ['Swedish'], ['Stockholm']),
  c('Finland', [], ['Finnish'], ['Helsinki']),
  c('Iceland', [], ['Icelandic'], ['Reykjavik']),
  c('Switzerland', [], ['Swiss'], ['Bern']),
  c('Austria', [], ['Austrian'], ['Vienna']),
  c('Greece', [], ['Greek'], ['Athens']),
  c('Czech Republic', ['Czechia'], ['Czech'], ['Prague']),
  c('Hungary', [], ['Hungarian'], ['Budapest']),
  c('Romania', [], ['Romanian'], ['Bucharest']),
  c('Ukraine', [], ['Ukrainian'], ['Kyiv', 'Kiev']),
  c('Russia', [], ['Russian'], ['Moscow', 'Kremlin']),
  c('Estonia', [], ['Estonian'], ['Tallinn']),
  c('Latvia', [], ['Latvian'], ['Riga']),
  c('Lithuania', [], ['Lithuanian'], ['Vilnius']),
  c('Canada', [], ['Canadian'], ['Ottawa']),
  c('Mexico', [], ['Mexican'], ['Mexico City']),
  c('Guatemala', [], ['Guatemalan'], []),
  c('Honduras', [], ['Honduran'], ['Tegucigalpa']),
  c('El Salvador', [], ['Salvadoran'], ['San Salvador']),
  c('Nicaragua', [], ['Nicaraguan'], ['Managua']),
  c('Costa Rica', [], ['Costa Rican'], ['San José']),
  c('Panama', [], ['Panamanian'], []),
  c('Belize', [], ['Belizean'], ['Belmopan']),
  c('Cuba', [], ['Cuban'], ['Havana']),
  c('Haiti', [], ['Haitian'], ['Port-au-Prince']),
  c('Dominican Republic', [], ['Dominican'], ['Santo Domingo']),
  c('Jamaica', [], ['Jamaican'], ['Kingston']),
  c('Trinidad and Tobago', ['Trinidad'], ['Trinidadian'], ['Port of Spain']),
  c('Barbados', [], ['Barbadian'], ['Bridgetown']),
  c('Bahamas', ['The Bahamas'], ['Bahamian'], ['Nassau']),
  c('Grenada', [], ['Grenadian'], []),
  c('Antigua and Barbuda', ['Antigua'], ['Antiguan'], []),
  c('Saint Lucia', ['St. Lucia'], ['Saint Lucian'], ['Castries']),
  c('Saint Vincent and the Grenadines', ['St. Vincent'], ['Vincentian'], ['Kingstown']),
  c('Guyana', [], ['Guyanese'], ['Georgetown']),
  c('Suriname', [], ['Surinamese'], ['Paramaribo']),
  c('Colombia', [], ['Colombian'], ['Bogotá', 'Casa de Nariño']),
  c('Venezuela', [], ['Venezuelan'], ['Caracas', 'Miraflores']),
  c('Ecuador', [], ['Ecuadorian', 'Ecuadorean'], ['Quito']),
  c('Peru', [], ['Peruvian'], ['Lima']),
  c('Bolivia', [], ['Bolivian'], ['La Paz']),
  c('Brazil', [], ['Brazilian'], ['Brasília', 'Planalto']),
  c('Paraguay', [], ['Paraguayan'], ['Asunción']),
  c('Uruguay', [], ['Uruguayan'], ['Montevideo']),
  c('Argentina', [], ['Argentine', 'Argentinian'], ['Buenos Aires', 'Casa Rosada']),
  c('Chile', [], ['Chilean'], ['Santiago']),
  c('China', [], ['Chinese'], ['Beijing']),
  c('Japan', [], ['Japanese'], ['Tokyo']),
  c('South Korea', [], ['South Korean'], ['Seoul']),
  c('India', [], ['Indian'], ['New Delhi']),
  c('Pakistan', [], ['Pakistani'], ['Islamabad']),
  c('Indonesia', [], ['Indonesian'], ['Jakarta']),
  c('Philippines', ['the Philippines'], ['Filipino', 'Philippine'], ['Manila']),
  c('Australia', [], ['Australian'], ['Canberra']),
  c('New Zealand', [], [], ['Wellington']),
  c('Israel', [], ['Israeli'], ['Jerusalem']),
  c('Iran', [], ['Iranian'], ['Tehran']),
  c('Saudi Arabia', [], ['Saudi'], ['Riyadh']),
  c('Qatar', [], ['Qatari'], ['Doha']),
  c('Egypt', [], ['Egyptian'], ['Cairo']),
  c('South Africa', [], ['South African'], ['Pretoria']),
  c('Nigeria', [], ['Nigerian'], ['Abuja']),
  c('Kenya', [], ['Kenyan'], ['Nairobi']),
];
