/**
 * Given names common in Italian news, Italian first and then the foreign ones it names most: a
 * capitalised name that starts with one is a person (`Giorgia Meloni`, `Vladimir Putin`). Lower-case,
 * space-separated.
 */
const ITALIAN = `
alberto alessandra alessandro alessio alice andrea angela angelo anna antonella antonio arianna arturo
barbara beatrice benedetta bruno camilla carla carlo carolina caterina cesare chiara claudia claudio
cristina cristiano daniela daniele dario davide debora domenico edoardo elena elisa elisabetta elly
emanuele emma enrico enzo ettore fabio fabrizio federica federico filippo flavio francesca francesco
franco gabriele gaetano giacomo gianluca gianni giada gigi gino giorgia giorgio giovanna giovanni giulia
giuliano giulio giuseppe guido ignazio ilaria irene jacopo laura lorenzo luca lucia luciano luigi maria
marco margherita mario marta massimo matilde matteo mattia maurizio michela michele nicola nicoletta
paola paolo pier piero pietro raffaele raffaella renato riccardo roberta roberto rocco romano rosa
rosario salvatore samuele sara sergio silvia silvio simona simone sofia stefania stefano teresa tiziana
tommaso umberto valentina valerio vincenzo vittorio walter
`;

/** Foreign given names frequent in Italian news. */
const FOREIGN = `
abdel abu ahmed alexander alexei alexander ali angela anthony antony barack benjamin bill boris charles
christine dmitri dmitry donald elon emmanuel friedrich george hillary igor ivan jair james javier
jean jeff joe john joseph justin kamala keir kevin kim liz luiz marine mark michael mike mohammed
muhammad narendra nicolas olaf pedro recep rishi robert sergei sergey shinzo ursula viktor vladimir
volodymyr xi yevgeny yulia fumio yoshihide ebrahim mahmoud bashar benyamin yair
`;

export const firstNames: readonly string[] = [...new Set(`${ITALIAN} ${FOREIGN}`.trim().split(/\s+/))];
