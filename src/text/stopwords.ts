// Function words that carry no topic; left out of retrieval and of topic overlap (not of rule matching).
export const STOPWORDS = new Set(
  `de het een en of maar dat die dit deze wat wie waar wanneer hoe waarom welke ik je jij u hij zij ze we wij
  jullie mijn mijn jouw uw zijn haar ons onze hun mij me hem er hier daar dan als om op in aan van voor met bij
  naar uit over door tot tegen zonder onder boven na nog al ook wel niet geen te zo heel erg veel meer minder
  is ben bent zijn was waren wordt worden werd werden word heb hebt heeft hebben had hadden kan kun kunt kunnen
  kon konden mag mogen moet moeten moest zal zullen zou zouden wil wilt willen doe doet doen deed gaat gaan ga
  even gewoon eigenlijk echt dus want omdat toch nu zelf iets niets iemand alles elke elk ieder andere ander
  mits hoe a an the and or but of to in on at for with by from as is are was were be been being am do does did
  can could may might must shall should will would i you he she it we they my your his her its our their me him
  us them this that these those what which who whom how why when where there here if then than so not no yes
  about into over under again also just only very too any some all each other own same`.split(/\s+/),
);
