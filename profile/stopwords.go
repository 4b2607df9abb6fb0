package profile

import "strings"

// stopWords are words that are names of places somewhere (GeoNames holds a
// village called Victory, Lion or Mayak, and old names such as Lenin or
// Sovetskoye are shared by dozens of places) but in English news text are
// ordinary words, first names or the names of people. A place alias whose
// Key is one of them is still found by Lookup but never by Find: a
// capitalized word at the start of a sentence must not become a place.
// The last group holds names of front-line places that English news uses
// far more often for a famous place elsewhere: "New York" is a town of
// Donetsk Oblast (Niu-York), but in running text it is the American city
// (and "The New York Times"); its own spellings ("Niu-York",
// "Novhorodske") are still found.
var stopWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(stopList) {
		m[Key(w)] = true
	}
	return m
}()

func isStopWord(key string) bool { return stopWords[key] }

const stopList = `
a about above across after again against all almost alone along already also although always
among an and another any are area around as at away back bad bank bay be beach because been
before behind being below best better between big bird black blue both bridge brook but by
call came camp can cape castle center central centre city clear close coast cold come could
country cross day dead deep did do does down during each early east edge else end even ever
every fair fall far farm field fine fire first for forest fork fort forward free from front
full garden gate glen gold golden good grand great green ground grove had half hall harbor
harbour has have he head heart her here hero high hill his home hope hot house how if in inter
into is island it its just keep key kind king lake land last late law lead left less light
like line little long low main make man many march may me meadow middle might mill more most
mount mountain much must my national near never new next nice night no none north not now of
off office old on once one only open or other our out over own park part pass peace place
plain plains point port post power queen quite rain range rather real red rest ridge right
river road rock rose round royal run said saint same sand say sea second see set shall she
short should side since small so some south spring square star state still stone storm
strong such summer sun sure table than that the their them then there these they third this
those three through time to today top town tree two under union united up upon us valley very
view village was water way we well were west what when where which while white who whole why
wide will wind winter with within without wood work would yes yet you young

april june july august october january february september november december
monday tuesday wednesday thursday friday saturday sunday

victory glory freedom liberty justice friendship unity progress dawn sunrise sunny lion tiger
eagle falcon wolf bear fox swan rainbow lighthouse harmony pioneer partisan worker soldier
guard border frontier memorial monument station factory mine quarry market colony
commune october zenith nord sud est ost

mayak pobeda pobieda peremoha zarya zoria sovetskoye sovetskoe sovetsky sovetskiy sovietske
radyanske oktyabrskoye oktyabrskiy zhovtneve pervomayskoye komsomolskoye komsomolske
krasnoye chervone leninskoye leninske mir druzhba svoboda slava nadezhda nadiya vera lyubov
rodina rassvet svetly svitle zelene zelenoye novoye nove novyi novy staryi stary

lenin kirov stalin marx engels gagarin pushkin chkalov frunze kalinin kuibyshev zhukov
dzerzhinsky shchors voroshilov budyonny chapaev ordzhonikidze sverdlov kotovsky lermontov
tolstoy gorky chekhov ilyich

ivan ivana peter pavel paul maria mary anna olga elena sofia sophia victoria alexander
alexandra andrew anton boris david george michael mikhail nicholas nikolai oleg sergei
tatiana vladimir yuri natalia irina helena eva adam daniel john james robert william
grigory gregory fedor fyodor stepan ruslan karl albert frank louis charles rosa clara
maxim marina artem arthur martin simon thomas victor viktor roman

newyork
`
