/// Something that happened (or is claimed, denied or planned), as one sentence of one document tells it.
public struct Event: Sendable, Hashable, Codable {
    /// The document that tells it.
    public var documentID: String
    /// The sentence, by index in the document.
    public var sentenceIndex: Int
    /// The word that names the event, as written ("fled", "meeting").
    public var trigger: String
    /// Its base form, used to recognize the same event elsewhere ("flee", "meeting").
    public var triggerLemma: String
    /// The time expression that anchors it, if any.
    public var time: TimeExpression?
    /// People and organizations taking part: indices into the document's mentions.
    public var actorMentions: [Int]
    /// Places: indices into the document's mentions.
    public var placeMentions: [Int]
    /// Of the actors, those the grammar shows acting (subject of an active verb, "by" of a passive one).
    public var agentMentions: [Int] = []
    /// Of the actors, those the grammar shows acted upon (object, or subject of a passive verb).
    public var patientMentions: [Int] = []
    /// Who puts it forward.
    public var attribution: Attribution
    /// How firmly.
    public var modality: Modality
    /// A short clause around the trigger.
    public var summary: String
    /// The whole evidence sentence.
    public var sentence: String
    /// The sentence's UTF-8 range in the document.
    public var evidence: TextRange
    /// The sentence's range in Unicode scalars (what Python's `str` indexes), for users checking by hand.
    public var characterRange: Range<Int>
    /// The event word's own range, in the same units as ``characterRange``; `nil` when the event has no
    /// event word.
    public var triggerRange: Range<Int>? = nil

    /// Creates an event.
    public init(
        documentID: String, sentenceIndex: Int, trigger: String, triggerLemma: String, time: TimeExpression?,
        actorMentions: [Int], placeMentions: [Int], attribution: Attribution, modality: Modality, summary: String,
        sentence: String, evidence: TextRange, characterRange: Range<Int>
    ) {
        self.documentID = documentID
        self.sentenceIndex = sentenceIndex
        self.trigger = trigger
        self.triggerLemma = triggerLemma
        self.time = time
        self.actorMentions = actorMentions
        self.placeMentions = placeMentions
        self.attribution = attribution
        self.modality = modality
        self.summary = summary
        self.sentence = sentence
        self.evidence = evidence
        self.characterRange = characterRange
    }
}
