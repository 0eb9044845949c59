/// Words that name events, with the inflections the lemmatizer cannot derive.
enum EventLexicon {
    /// Verbs that report something happening, by lemma.
    static let verbs: WordSet = [
        "flee", "arrest", "convict", "meet", "sign", "kill", "dismantle", "sever", "escape", "leak", "declassify",
        "enter", "attack", "bomb", "detain", "sentence", "jail", "deport", "extradite", "release", "free", "accuse",
        "charge", "indict", "investigate", "raid", "seize", "discover", "uncover", "reveal", "expose", "publish",
        "announce", "resign", "appoint", "dismiss", "fire", "replace", "elect", "win", "lose", "visit", "travel",
        "leave", "arrive", "return", "hold", "attend", "participate", "invite", "ratify", "agree", "launch", "found",
        "create", "establish", "ban", "dissolve", "join", "fight", "clash", "protest", "strike", "explode", "die",
        "murder", "assassinate", "kidnap", "abduct", "torture", "spy", "intercept", "hack", "infiltrate", "smuggle",
        "cross", "defect", "expel", "recall", "withdraw", "suspend", "cut", "resume", "restore", "negotiate",
        "pressure", "threaten", "deny", "condemn", "sue", "acquit", "pardon", "imprison", "execute", "surrender",
        "capture", "shoot", "injure", "wound", "destroy", "burn", "build", "invade", "occupy", "annex", "crash",
        "collapse", "relaunch", "coordinate", "recruit", "fund", "finance", "pay", "bribe", "buy", "sell", "transfer",
        "sack", "promote", "nominate", "succeed", "marry", "bear", "interrogate", "question", "summon", "board",
        "fly", "flew", "move", "open", "close", "approve", "adopt", "reject", "vote", "confirm", "order", "testify",
        "plead", "hand", "remove", "warn", "lodge", "file", "issue", "receive", "host", "stage",
        "orchestrate", "plan", "plot", "organize", "organise", "target", "begin", "start", "end", "finish",
        "implement", "suspect", "document", "celebrate", "deploy", "evacuate", "block", "storm", "strip", "demote",
        "oust", "reach", "settle", "expire",
    ]

    /// Nouns that name events.
    static let nouns: WordSet = [
        "attack", "attacks", "bombing", "bombings", "explosion", "meeting", "meetings", "summit", "visit", "arrest",
        "arrests", "trial", "conviction", "election", "elections", "coup", "war", "raid", "assassination", "murder",
        "killing", "kidnapping", "escape", "leak", "scandal", "crisis", "agreement", "convention", "treaty", "deal",
        "accord", "roadmap", "talks", "negotiations", "protest", "protests", "riot", "riots", "operation",
        "investigation", "inquiry", "celebration", "celebrations", "ceremony", "conference", "interview",
        "interviews", "dismissal", "resignation", "appointment", "deportation", "extradition", "release",
        "discovery", "seizure", "crackdown", "ban", "signing", "defection", "flight", "disappearance", "uprising",
        "massacre", "ambush", "clashes", "strike", "strikes", "demonstration", "demonstrations", "hearing", "verdict",
        "sentencing", "trip", "mission", "campaign", "dispute", "offensive", "invasion",
    ]

    /// Irregular forms and their lemma.
    static let irregular: WordMap<String> = [
        "fled": "flee", "met": "meet", "held": "hold", "won": "win", "lost": "lose", "left": "leave", "fought": "fight",
        "struck": "strike", "shot": "shoot", "built": "build", "withdrew": "withdraw", "withdrawn": "withdraw",
        "paid": "pay", "bought": "buy", "sold": "sell", "born": "bear", "flew": "fly", "flown": "fly", "began": "begin",
        "begun": "begin", "froze": "freeze", "frozen": "freeze", "sworn": "swear", "swore": "swear", "fell": "fall",
        "took": "take", "taken": "take", "went": "go", "gone": "go", "cut": "cut", "hit": "hit", "set": "set",
        "led": "lead", "caught": "catch", "sent": "send", "spent": "spend", "brought": "bring", "kept": "keep",
        "found": "find", "dealt": "deal", "forbade": "forbid", "hid": "hide", "hidden": "hide", "sought": "seek",
    ]

    /// The lemma of `word` if it is an event verb.
    static func verbLemma(_ word: String) -> String? {
        inflections[word]
    }

    /// Every inflected form the suffix rules accept, with its base form, worked out once so that a
    /// lookup costs one hash.
    private static let inflections: WordMap<String> = {
        var candidates = Set(irregular.keys).union(verbs)
        for verb in verbs {
            for (suffix, replacement) in suffixRules where verb.hasSuffix(replacement) {
                let stem = String(verb.dropLast(replacement.count))
                candidates.insert(stem + suffix)
                if replacement.isEmpty, let last = verb.last { candidates.insert(verb + String(last) + suffix) }
            }
        }
        var table: [String: String] = [:]
        for word in candidates { if let lemma = ruleLemma(word) { table[word] = lemma } }
        return WordMap(table)
    }()

    private static let suffixRules = [
        ("ied", "y"), ("ies", "y"), ("ed", ""), ("ed", "e"), ("es", ""), ("s", ""), ("ing", ""), ("ing", "e"),
    ]

    /// The base form by the rules: irregular forms, then suffixes (with doubled consonants).
    static func ruleLemma(_ word: String) -> String? {
        if let lemma = irregular[word] { return verbs.contains(lemma) ? lemma : nil }
        if verbs.contains(word) { return word }
        for (suffix, replacement) in suffixRules {
            guard word.hasSuffix(suffix), word.count > suffix.count + 2 else { continue }
            let stem = String(word.dropLast(suffix.count)) + replacement
            if verbs.contains(stem) { return stem }
            // planned -> plan, stopped -> stop
            if replacement.isEmpty, let last = stem.last, stem.dropLast().last == last,
                verbs.contains(String(stem.dropLast()))
            {
                return String(stem.dropLast())
            }
        }
        return nil
    }
}
