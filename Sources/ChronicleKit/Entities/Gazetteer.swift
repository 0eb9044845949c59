import Foundation

/// Word lists the rule-based recognizer leans on, folded to lower case without diacritics.
enum Gazetteer {
    static let placeNames: WordSet = WordSet(countries + cities + regions)
    static let countryNames: WordSet = WordSet(countries)

    /// Words that make a name an organization wherever they stand in it.
    static let organizationWords: WordSet = [
        "agency", "directorate", "direction", "ministry", "service", "services", "police", "corps", "council", "party",
        "front", "bank", "university", "organization", "organisation", "company", "group", "association", "committee",
        "court", "government", "army", "forces", "guard", "office", "department", "bureau", "institute",
        "foundation", "union", "league", "federation", "commission", "parliament", "assembly", "senate", "network",
        "news", "press", "times", "post", "journal", "television", "radio", "airlines", "inc", "corp", "ltd", "club",
        "brigade", "brigades", "movement", "alliance", "coalition", "qaeda", "daily", "gazette", "tribune", "herald",
        "observer", "monitor", "agence", "surveillance", "security", "intelligence", "gendarmerie", "navy",
        "coast", "ministere", "nations", "authority", "board", "administration", "secretariat", "cabinet", "state",
        "helpers", "ansar", "mujahideen", "taliban", "hezbollah", "hamas", "isis", "daesh", "polisario",
        "confidencial", "monde", "pais", "mundo", "figaro", "liberation", "echorouk", "reuters", "afp", "bbc",
        "cnn", "telegraph", "guardian", "diplomat", "center", "centre", "academy", "school", "college", "hospital",
        "prison", "team", "unit", "division", "squad", "brotherhood", "cult", "cell", "industries",
        "holding", "holdings", "partners", "fund", "program", "programme", "project", "mission",
        "delegation", "embassy", "consulate", "palace", "fc", "sa", "plc", "ag", "gmbh",
    ]

    /// Words that make a name a place.
    static let placeWords: WordSet = [
        "city", "province", "region", "island", "islands", "mountains", "mountain", "river", "sea", "ocean", "gulf",
        "strait", "valley", "desert", "street", "square", "avenue", "county", "district", "state", "peninsula",
        "border", "coast", "port", "airport", "bay", "lake", "canal", "enclave", "camp", "village", "town",
        "prefecture",
        "governorate", "wilaya", "oasis", "plateau", "hills", "beach",
    ]

    /// Titles and roles written before a person's name; they are kept as a role, not as the name.
    static let personTitles: WordSet = [
        "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "king", "queen", "prince",
        "princess", "sheikh", "sheik", "emir", "sultan", "president", "minister", "premier", "chancellor", "general",
        "gen", "colonel", "col", "captain", "capt", "lieutenant", "lt", "major", "maj", "sergeant", "sgt", "admiral",
        "commander", "judge", "justice", "senator", "sen", "governor", "gov", "mayor", "ambassador", "secretary",
        "commissioner", "inspector", "director", "chief", "deputy", "father", "pope", "imam", "rabbi", "bishop",
        "saint", "st", "journalist", "reporter", "spokesman", "spokeswoman", "spokesperson", "officer", "agent",
        "colleague", "lawyer", "attorney", "prosecutor", "activist", "dissident", "leader", "founder", "ceo",
        "chairman", "chairwoman", "advisor", "adviser", "counselor", "brother", "sister", "mother", "uncle", "aunt",
        "crown", "his", "her", "majesty", "highness", "excellency", "former", "late", "opposition",
    ]

    /// Words that make the name after them an organization when it follows them ("the newspaper Le Monde").
    static let organizationCues: WordSet = [
        "newspaper", "daily", "weekly", "magazine", "agency", "channel", "outlet", "website", "site", "group",
        "party", "organization", "organisation", "company", "firm", "broadcaster", "network", "radio", "television",
    ]

    /// Verbs of saying that show the name before them is a speaker (a person or organization).
    static let speechVerbs: WordSet = [
        "said", "says", "told", "added", "argued", "claimed", "claims", "stated", "reported", "revealed",
        "reveals", "wrote", "writes", "explained", "noted", "insisted", "denied", "denies", "alleged", "alleges",
        "announced", "confirmed", "declared", "warned", "accused", "accuses", "suggests", "suggested", "asserted",
    ]

    /// Particles that may stand inside a name (`Abu Bakr al-Baghdadi`, `Banco de España`).
    static let nameParticles: WordSet = [
        "al", "el", "ben", "bin", "ibn", "bint", "abu", "abou", "ould", "de", "del", "della", "di", "da", "du", "des",
        "la", "le", "van", "von", "der", "den", "dos", "das", "y", "ait", "ou",
    ]

    /// Capitalized words that start sentences or headings but are not names.
    static let notNames: WordSet = [
        "the", "a", "an", "this", "that", "these", "those", "in", "on", "at", "for", "from", "to", "of", "by", "with",
        "and", "or", "but", "if", "as", "after", "before", "since", "during", "while", "when", "where", "why", "how",
        "what", "whom", "which", "it", "its", "he", "she", "they", "we", "i", "you", "his", "her", "their",
        "our", "my", "your", "there", "here", "according", "however", "meanwhile", "moreover", "furthermore",
        "also", "yet", "still", "even", "only", "just", "then", "thus", "therefore", "although", "though", "because",
        "despite", "instead", "indeed", "likewise", "similarly", "finally", "first", "second", "third", "last",
        "next", "one", "two", "three", "four", "six", "seven", "eight", "nine", "ten", "many", "some", "all",
        "most", "several", "each", "every", "no", "not", "both", "either", "neither", "other", "another", "such",
        "more", "less", "few", "much", "any", "none", "tags", "share", "read", "click", "skip", "home", "subscribe",
        "advertisement", "related", "photo", "video", "image", "source", "sources", "update", "updated", "breaking",
        "exclusive", "analysis", "opinion", "editorial", "comment", "comments", "latest", "news", "january",
        "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
        "yesterday", "tomorrow", "reports", "who",
        "is", "was", "are", "were", "has", "have",
        "had", "will", "would", "can", "could", "should", "might", "must", "do", "does", "did", "be", "being",
        "been", "so", "now", "once", "again", "yes", "well", "let", "mr", "mrs", "dr",
        "five",

        "following", "under", "over", "between", "against", "without", "within", "about",
        "around", "through", "into", "upon", "among", "unlike", "like", "than",
    ]

    /// Common given names (Arabic, Spanish, French, English), a strong sign that a name is a person.
    static let givenNames: WordSet = [
        "mohamed", "mohammed", "muhammad", "mohammad", "mehdi", "mahdi", "ahmed", "ahmad", "hassan", "hussein",
        "hussain", "ali",
        "omar", "umar", "youssef", "yousef", "yusuf", "karim", "abdel", "abdul", "abdelaziz", "abdellatif",
        "abdelmalek", "abdelkader", "abdelilah", "abdeslam", "abderrahim", "abdallah", "abdullah", "khalid", "khaled",
        "said", "saeed", "rachid", "rashid", "driss", "idriss", "hamid", "mustapha", "mustafa", "yassine", "yasin",
        "nasser", "jamal", "djamel", "kamal", "kamel", "hicham", "hisham", "nabil", "samir", "tarik", "tariq",
        "brahim", "ibrahim", "ismail", "aziz", "fouad", "fuad", "jawad", "adil", "adel", "anouar", "anwar", "bouchta",
        "hakim", "mounir", "mourad", "nourdine", "noureddine", "redouane", "ridouane", "salah", "salaheddine",
        "othmane", "osman", "zakaria", "soufiane", "amine", "ayoub", "bilal", "hamza", "ilyas", "walid", "rachida",
        "fatima", "fatiha", "khadija", "aicha", "aisha", "amina", "nadia", "leila", "layla", "malika", "naima",
        "samira", "zineb", "dalila", "hind", "houda", "meriem", "maryam", "salma", "yasmine", "latifa", "nawal",
        "pedro", "francisco", "eugenio", "rafael", "julian", "jose", "juan", "carlos", "manuel", "antonio", "miguel",
        "javier", "fernando", "luis", "jorge", "alberto", "pablo", "diego", "ignacio", "santiago", "alfonso",
        "felipe", "mariano", "josep", "jordi", "maria", "carmen", "ana", "isabel", "elena", "laura", "marta",
        "pilar", "teresa", "cristina", "tomas", "emmanuel", "francois", "jean", "pierre", "jacques", "michel",
        "nicolas", "philippe", "alain", "laurent", "olivier", "marine", "segolene", "dominique", "christophe",
        "john", "james", "robert", "michael", "william", "david", "richard", "joseph", "thomas", "charles", "george",
        "donald", "joe", "barack", "hillary", "boris", "theresa", "angela", "vladimir", "xi", "recep", "benjamin",
        "mary", "patricia", "jennifer", "linda", "elizabeth", "susan", "margaret", "sarah", "peter", "paul", "mark",
        "steven", "andrew", "kenneth", "kevin", "brian", "edward", "ronald", "anthony", "daniel", "matthew", "hans",
        "klaus", "olaf", "helmut", "wolfgang", "giuseppe", "giovanni", "marco", "matteo", "silvio", "mario",
    ]

    /// Folds a name to the form the lists use: lower case, no diacritics, curly apostrophes straightened.
    static func fold(_ text: String) -> String {
        var folded = Tokenizer.lowercase(text)
        if folded.utf8.contains(where: { $0 >= 0x80 }) {
            folded = folded.folding(options: [.diacriticInsensitive], locale: nil)
                .replacingOccurrences(of: "\u{2019}", with: "'")
        }
        return folded
    }
}
