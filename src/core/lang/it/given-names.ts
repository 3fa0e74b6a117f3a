/**
 * Common given names in Italian news, Italian and foreign, lower-case. A capitalised word from this
 * list starts a person's name: it splits `il procuratore di Bari Giovanna De Santis` into a place
 * and a person, and tells a person (`Giorgia Meloni`) from a place or a body (`Corea del Nord`).
 */

/** Italian male given names: a role written in the feminine (`la sindaca`) is never one of these. */
export const maleGivenNames: readonly string[] = [
  ...['alberto', 'alessandro', 'alessio', 'alfredo', 'andrea', 'angelo', 'antonio', 'arturo', 'attilio'],
  ...['bruno', 'carlo', 'carmine', 'cesare', 'claudio', 'corrado', 'cristian', 'daniele', 'dario', 'davide'],
  ...['diego', 'domenico', 'edoardo', 'emanuele', 'emilio', 'enrico', 'enzo', 'ermanno', 'eugenio', 'fabio'],
  ...['fabrizio', 'federico', 'felice', 'ferdinando', 'filippo', 'flavio', 'francesco', 'franco', 'gabriele'],
  ...['gaetano', 'giacomo', 'gian', 'giancarlo', 'gianluca', 'gianni', 'giampiero', 'gianfranco', 'gino'],
  ...['giorgio', 'giovanni', 'giuliano', 'giulio', 'giuseppe', 'guido', 'ignazio', 'ivan', 'jacopo'],
  ...['leonardo', 'lorenzo', 'luca', 'luciano', 'luigi', 'marcello', 'marco', 'mario', 'massimiliano'],
  ...['massimo', 'matteo', 'mattia', 'maurizio', 'mauro', 'michele', 'nicola', 'nicolò', 'paolo', 'pier'],
  ...[
    'piero',
    'pietro',
    'raffaele',
    'renato',
    'renzo',
    'riccardo',
    'roberto',
    'rocco',
    'romano',
    'salvatore',
  ],
  ...['sandro', 'sergio', 'silvio', 'simone', 'stefano', 'tommaso', 'ugo', 'umberto', 'valerio', 'vincenzo'],
  ...['vittorio', 'walter', 'adolfo', 'aldo', 'amedeo', 'beppe', 'carmelo', 'ciro', 'dino', 'elio', 'ettore'],
  ...['franco', 'gennaro', 'giampaolo', 'gigi', 'lamberto', 'lelio', 'leo', 'livio', 'marcello', 'nando'],
  ...['nello', 'ottavio', 'pasquale', 'pippo', 'raimondo', 'rino', 'sebastiano', 'teodoro', 'tiziano'],
  ...['pierluigi', 'pierpaolo', 'gianmarco', 'giandomenico', 'gianpiero', 'giampiero', 'luigino'],
];

/** Italian female given names: a role written in the masculine (`il sindaco`) is never one of these. */
export const femaleGivenNames: readonly string[] = [
  ...['alessandra', 'alessia', 'alice', 'angela', 'anna', 'annalisa', 'antonella', 'barbara', 'beatrice'],
  ...['carla', 'carlotta', 'caterina', 'cecilia', 'chiara', 'claudia', 'cristina', 'daniela', 'debora'],
  ...['donatella', 'elena', 'elisa', 'elisabetta', 'emanuela', 'emma', 'federica', 'francesca', 'gabriella'],
  ...[
    'giada',
    'giorgia',
    'giovanna',
    'giulia',
    'giuliana',
    'giuseppina',
    'ilaria',
    'irene',
    'laura',
    'letizia',
  ],
  ...['lucia', 'luisa', 'manuela', 'mara', 'marta', 'maria', 'marina', 'marisa', 'martina', 'michela'],
  ...['monica', 'nadia', 'paola', 'patrizia', 'roberta', 'rosa', 'rosanna', 'sabrina', 'sara', 'serena'],
  ...['silvia', 'simona', 'sofia', 'stefania', 'teresa', 'valentina', 'valeria', 'vanessa', 'veronica'],
  ...[
    'arianna',
    'benedetta',
    'camilla',
    'daria',
    'eleonora',
    'erica',
    'flavia',
    'gaia',
    'ginevra',
    'ludovica',
  ],
  ...[
    'elly',
    'licia',
    'livia',
    'lorena',
    'mariastella',
    'mariella',
    'nunzia',
    'ornella',
    'rita',
    'tiziana',
    'wanda',
  ],
];

/** Every given name: the Italian ones of either sex and the foreign ones frequent in Italian news. */
export const givenNames: readonly string[] = [
  ...maleGivenNames,
  ...femaleGivenNames,
  // foreign names frequent in Italian news
  ...[
    'abdel',
    'ahmed',
    'ali',
    'alexander',
    'alexei',
    'angela',
    'ann',
    'anne',
    'antony',
    'benjamin',
    'bernie',
  ],
  ...[
    'bill',
    'boris',
    'charles',
    'christine',
    'david',
    'donald',
    'elon',
    'emmanuel',
    'fernando',
    'francisco',
  ],
  ...['friedrich', 'george', 'hillary', 'hunter', 'jair', 'james', 'jean', 'jeff', 'jens', 'jerome', 'joe'],
  ...['john', 'josé', 'jose', 'joseph', 'juan', 'justin', 'kamala', 'karl', 'keir', 'kevin', 'kim', 'lionel'],
  ...['luis', 'mark', 'marine', 'michael', 'michel', 'mohammed', 'muhammad', 'nancy', 'narendra', 'nicolas'],
  ...['olaf', 'pedro', 'peter', 'recep', 'richard', 'rishi', 'robert', 'roger', 'ron', 'sam', 'sergei'],
  ...['sergey', 'steve', 'thomas', 'tim', 'ursula', 'viktor', 'vladimir', 'volodymyr', 'william', 'xi'],
  ...['yulia', 'zinedine', 'carlos', 'cristiano', 'diego', 'jannik', 'jürgen', 'lewis', 'max', 'novak'],
  ...['rafael', 'roger', 'sebastian', 'toto', 'fernando', 'ousmane', 'kylian', 'erling', 'romelu', 'paulo'],
  ...['mikhail', 'dmitry', 'dmitri', 'yevgeny', 'ivan', 'ali', 'hassan', 'benjamin', 'yahya', 'isaac'],
];
