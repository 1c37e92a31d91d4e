using System.Collections.Frozen;

namespace WeaknessAnalyzer.Ingestion;

/// <summary>The canonical column names of the log format and the header aliases they accept.</summary>
public static class ColumnNames
{
    /// <summary>The question as asked (required).</summary>
    public const string Question = "question";
    /// <summary>Groups the rows of one interview.</summary>
    public const string InterviewId = "interview_id";
    /// <summary>Whose interview it is.</summary>
    public const string Candidate = "candidate";
    /// <summary>Date of the interview.</summary>
    public const string Date = "date";
    /// <summary>Company.</summary>
    public const string Company = "company";
    /// <summary>Role applied for.</summary>
    public const string Role = "role";
    /// <summary>Interview stage.</summary>
    public const string Stage = "stage";
    /// <summary>Outcome of the interview.</summary>
    public const string Outcome = "outcome";
    /// <summary>The user's own tag.</summary>
    public const string Category = "category";
    /// <summary>How the answer went.</summary>
    public const string Response = "response";
    /// <summary>Confidence, 1-5.</summary>
    public const string Confidence = "confidence";
    /// <summary>Interviewer feedback.</summary>
    public const string Feedback = "feedback";
    /// <summary>Hours of preparation.</summary>
    public const string PrepHours = "prep_hours";
    /// <summary>Interest in the job, 1-5.</summary>
    public const string Interest = "interest";
    /// <summary>The candidate's own notes.</summary>
    public const string Notes = "notes";

    private static readonly (string Name, string[] Aliases)[] Table =
    [
        (Question, ["question", "questions", "questionasked", "questiontext", "q", "prompt", "interviewquestion", "questionsasked", "whattheyasked",
            "askedquestion", "thequestion", "questionprompt", "prompttext", "qasked", "question/prompt"]),
        (InterviewId, ["interviewid", "interview", "interviewno", "interviewnumber", "interviewref", "interviewkey", "sessionid", "session"]),
        (Candidate, ["candidate", "candidatename", "student", "interviewee", "person", "name", "studentname", "mentee", "client", "who", "jobseeker"]),
        (Date, ["date", "interviewdate", "day", "when", "interviewedon", "dateofinterview", "interviewday", "datetime", "dateandtime", "scheduledfor", "dateinterviewed"]),
        (Company, ["company", "companyname", "employer", "organisation", "organization", "firm", "companies", "org", "employername", "where"]),
        (Role, ["role", "position", "jobtitle", "title", "job", "roletitle", "positiontitle", "jobrole", "rolename", "jobposition", "vacancy", "opening", "roleappliedfor"]),
        (Stage, ["stage", "round", "interviewstage", "interviewround", "step", "interviewtype", "phase", "roundname", "roundtype", "stagename"]),
        (Outcome, ["outcome", "result", "status", "decision", "finalresult", "verdict", "applicationstatus", "outcomestatus", "interviewresult", "interviewoutcome"]),
        (Category, ["category", "tag", "topic", "questiontype", "questioncategory", "type", "tags", "topics", "skill", "skills", "area", "theme",
            "themes", "subject", "competency", "questiontags", "kind", "focusarea"]),
        (Response, ["response", "answer", "answerquality", "howitwent", "performance", "responsequality", "rating", "answerrating", "howidid",
            "selfrating", "myrating", "selfassessment", "howwasit", "howdiditgo", "howididit", "quality", "score", "performancerating", "grade",
            "answerscore", "howiansweredit", "myanswerquality", "howitgone", "myperformance"]),
        (Confidence, ["confidence", "confidencelevel", "selfconfidence", "confidence15", "confident", "howconfident", "confidencerating", "conf",
            "confidencescore", "myconfidence", "confidence110"]),
        (Feedback, ["feedback", "interviewerfeedback", "interviewernotes", "interviewercomments", "feedbackreceived", "feedbackfrominterviewer",
            "theirfeedback", "whattheysaid", "commentsfrominterviewer", "recruiterfeedback", "reviewerfeedback", "feedbacknotes", "interviewersaid"]),
        (PrepHours, ["prephours", "prep", "preparation", "preparationhours", "hoursprep", "hoursofprep", "hoursofpreparation", "prephrs", "studyhours",
            "preptime", "preparationtime", "hoursprepared", "studytime", "timespentpreparing", "hoursspent", "prepduration", "hoursstudied", "prepped"]),
        (Interest, ["interest", "interestlevel", "howmuchiwantedit", "wanted", "excitement", "interest15", "desire", "howmuchiwantit", "jobinterest",
            "enthusiasm", "howmuchiwantedthejob", "keenness", "interest110", "howmuchiwanteditthejob", "wantlevel"]),
        (Notes, ["notes", "mynotes", "ownnotes", "note", "comments", "comment", "reflection", "reflections", "lessons", "lessonslearned", "thoughts",
            "selfnotes", "remarks", "learnings", "takeaways", "personalnotes", "whatilearned"]),
    ];

    /// <summary>
    /// The same columns' usual headers in German, French, Spanish, Dutch, Portuguese and Italian (for a spreadsheet kept in one
    /// of those languages: <c>Frage</c>, <c>Firma</c>, <c>Wie lief es?</c>, <c>Entreprise</c>, <c>Pregunta</c>, <c>Resultado</c>...),
    /// compared without accents (<c>Résultat</c> is <c>resultat</c>); an English alias wins where both would match.
    /// </summary>
    private static readonly (string Name, string[] Aliases)[] Translations =
    [
        (Question, ["frage", "fragen", "interviewfrage", "gestelltefrage", "wassiefragten", "waswurdegefragt", "gefragt", "questionposee", "pregunta", "preguntas", "vraag", "vragen",
            "pergunta", "perguntas", "domanda", "domande"]),
        (Candidate, ["kandidat", "kandidatin", "bewerber", "bewerberin", "candidat", "candidato", "candidata", "kandidaat", "nom", "nombre", "nome"]),
        (Date, ["datum", "wann", "termin", "gesprachsdatum", "fecha", "data", "dataentretien", "fechaentrevista", "datacolloquio"]),
        (Company, ["firma", "unternehmen", "arbeitgeber", "entreprise", "societe", "employeur", "empresa", "bedrijf", "werkgever", "azienda", "societa"]),
        (Role, ["rolle", "stelle", "jobtitel", "berufsbezeichnung", "poste", "puesto", "cargo", "rol", "functie", "vacature", "ruolo", "posizione", "vaga"]),
        (Stage, ["runde", "stufe", "gesprachsrunde", "etappe", "etape", "tour", "ronda", "fase", "etapa", "ronde"]),
        (Outcome, ["ergebnis", "resultat", "entscheidung", "statut", "resultado", "estado", "uitslag", "resultaat", "esito", "risultato"]),
        (Category, ["kategorie", "thema", "themen", "bereich", "categorie", "sujet", "categoria", "tema", "onderwerp", "argomento"]),
        (Response, ["antwort", "wieliefes", "wieliefs", "wieginges", "bewertung", "leistung", "reponse", "commentcasestpasse", "respuesta", "comofue",
            "antwoord", "hoeginghet", "resposta", "comofoi", "risposta", "comeandata"]),
        (Confidence, ["sicherheit", "selbstvertrauen", "zuversicht", "konfidenz", "confiance", "confianza", "seguridad", "zelfvertrouwen",
            "vertrouwen", "confianca", "fiducia", "sicurezza"]),
        (Feedback, ["ruckmeldung", "rueckmeldung", "feedbackvominterviewer", "feedbackdesinterviewers", "retour", "retours", "retourdurecruteur",
            "retroalimentacion", "terugkoppeling", "riscontro"]),
        (PrepHours, ["vorbereitung", "vorbereitungszeit", "vorbereitungsstunden", "stundenvorbereitung", "heuresdepreparation", "preparacion",
            "horasdepreparacion", "voorbereiding", "preparacao", "preparazione"]),
        (Interest, ["interesse", "lust", "lustaufdenjob", "wunsch", "interet", "envie", "interes", "ganas", "zin"]),
        (Notes, ["notizen", "anmerkungen", "bemerkungen", "eigenenotizen", "remarques", "notas", "notities", "opmerkingen", "appunti"]),
    ];

    /// <summary>
    /// Headers taken only when no header names the column itself: a Notion or Airtable export's <c>Created time</c> as the date.
    /// </summary>
    private static readonly (string Name, string[] Aliases)[] Fallbacks =
    [
        (Date, ["createdtime", "created", "createdat", "datecreated", "timestamp", "createdon"]),
    ];

    /// <summary>
    /// Title columns of database exports (Notion's <c>Name</c>, Airtable's <c>Title</c>) that hold the questions when no
    /// header names a question column; the reader takes one, with a notice, only if its values look like questions.
    /// </summary>
    internal static readonly string[] TitleColumns = ["name", "title", "item", "entry", "page"];

    /// <summary>Squashed alias to canonical name (the first table entry wins, as a scan of the table would find it).</summary>
    private static readonly FrozenDictionary<string, string> ByAlias = BuildAliasIndex([.. Table, .. Translations]);

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> ByFallbackSpan =
        BuildAliasIndex(Fallbacks).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> ByAliasSpan =
        ByAlias.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>All canonical names, in the order of the format table.</summary>
    public static IReadOnlyList<string> All { get; } = Table.Select(t => t.Name).ToArray();

    /// <summary>
    /// Maps a header to its canonical column name, ignoring case, accents, spaces, underscores, hyphens and punctuation,
    /// and accepting common spreadsheet aliases (and their German, French, Spanish, Dutch, Portuguese and Italian names) (<c>Question asked</c>, <c>Job title</c>, <c>Round</c>, <c>Result</c>, <c>How I did</c>,
    /// <c>Prep time</c>, <c>Tags</c>...); a bracketed part such as units is ignored (<c>Prep (hrs)</c>, <c>Confidence (1-5)</c>).
    /// </summary>
    /// <returns>The canonical name, or <see langword="null"/> for a column that is not part of the format.</returns>
    public static string? Canonicalize(string header)
    {
        ArgumentNullException.ThrowIfNull(header);
        return Lookup(ByAliasSpan, header);
    }

    /// <summary>The column a header names only as a fallback (<c>Created time</c> as the date), or <see langword="null"/>.</summary>
    internal static string? CanonicalizeFallback(string header) => Lookup(ByFallbackSpan, header);

    private static readonly string[] InterviewerWords = ["interviewer", "interviewers", "recruiter", "recruiters", "panel", "hiring", "manager", "interviewer's"];
    private static readonly string[] NoteWords = ["notes", "note", "comments", "comment", "remarks", "said", "says", "thoughts", "told", "words", "reflection", "reflections"];
    private static readonly string[] TimeWords = ["hours", "hour", "hrs", "hr", "h", "time", "minutes", "mins", "min", "spent", "duration"];

    /// <summary>
    /// The column a header describes in its own words when no alias matches it, by the words it holds (in this order):
    /// feedback (<c>Notes from interviewer</c>, <c>What the recruiter said</c>, <c>Any feedback?</c>), the person's own notes
    /// (<c>My notes on it</c>), confidence (<c>How confident was I</c>), interest (<c>How much I wanted the job</c>),
    /// preparation time (<c>Hours spent prepping</c>), outcome (<c>What happened in the end?</c>), question (<c>The question they asked</c>), response
    /// (<c>How did it go for me</c>, <c>My answer was...</c>), date, company, stage, role; <see langword="null"/> when no rule holds.
    /// </summary>
    internal static string? CanonicalizeByWords(string header)
    {
        var words = WordsOf(header);
        if (words.Count == 0) return null;
        bool Any(params string[] set) => words.Any(w => set.Contains(w, StringComparer.Ordinal));
        bool Starts(string prefix) => words.Any(w => w.StartsWith(prefix, StringComparison.Ordinal));
        if (Any("feedback", "feedbacks") || (Any(InterviewerWords) && Any(NoteWords))) return Feedback;
        if (Any(NoteWords) || Any("learned", "learnt", "lessons", "takeaway", "takeaways")) return Notes;
        if (Starts("confiden")) return Confidence;
        if (Any("interest", "interested", "excitement", "excited", "enthusiasm", "keen", "keenness") || (Any("want", "wanted") && Any("job", "it", "role", "position"))) return Interest;
        if ((Starts("prep") || Starts("study") || Starts("studied")) && Any(TimeWords)) return PrepHours;
        if (Any("outcome", "result", "results", "status", "decision", "verdict", "happened", "advance", "advanced")) return Outcome;
        if (Any("question", "questions", "q")) return Question;
        if ((Any("how") && Any("did", "went", "go", "going", "answered")) || Any("answer", "answers", "answered")) return Response;
        if (Any("date", "when")) return Date;
        if (Any("company", "employer", "organisation", "organization", "firm")) return Company;
        if (Any("stage", "round")) return Stage;
        if (Any("role", "position")) return Role;
        return null;
    }

    /// <summary>A header's words: runs of letters and digits, lower-cased, accents dropped (an apostrophe stays inside a word).</summary>
    private static List<string> WordsOf(string header)
    {
        var words = new List<string>();
        var current = new System.Text.StringBuilder();
        foreach (var ch in header)
        {
            if (char.IsLetterOrDigit(ch) || (ch is '\'' or '\u2019' && current.Length > 0))
            {
                current.Append(ch == '\u2019' ? '\'' : char.ToLowerInvariant(ValueWords.BaseLetter(ch)));
                continue;
            }

            if (current.Length > 0) words.Add(current.ToString().TrimEnd('\''));
            current.Clear();
        }

        if (current.Length > 0) words.Add(current.ToString().TrimEnd('\''));
        return words;
    }

    /// <summary>The header's letters and digits, lower-cased (the form aliases are compared in).</summary>
    internal static string Squashed(string header)
    {
        Span<char> buffer = header.Length <= 128 ? stackalloc char[header.Length] : new char[header.Length];
        return new string(buffer[..Squash(header, buffer)]);
    }

    /// <summary>The whole header, then the header without a bracketed part (<c>Prep (hrs)</c>, <c>Confidence [1-10]</c>).</summary>
    private static string? Lookup(FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> index, string header)
    {
        Span<char> buffer = header.Length <= 128 ? stackalloc char[header.Length] : new char[header.Length];
        if (index.TryGetValue(buffer[..Squash(header, buffer)], out var name)) return name;
        var open = header.IndexOfAny(['(', '[', '{']);
        return open > 0 && index.TryGetValue(buffer[..Squash(header[..open], buffer)], out name) ? name : null;
    }

    /// <summary>The aliases a canonical column accepts, in their squashed form.</summary>
    internal static IReadOnlyList<string> AliasesOf(string canonicalName) =>
        Table.First(t => t.Name == canonicalName).Aliases;

    /// <summary>Writes the letters and digits of <paramref name="s"/>, lower-cased, to <paramref name="into"/>; returns how many.</summary>
    private static int Squash(string s, Span<char> into)
    {
        var n = 0;
        foreach (var ch in s)
        {
            if (char.IsLetterOrDigit(ch)) into[n++] = char.ToLowerInvariant(ValueWords.BaseLetter(ch));
        }

        return n;
    }

    private static FrozenDictionary<string, string> BuildAliasIndex((string Name, string[] Aliases)[] table)
    {
        var index = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, aliases) in table)
        {
            foreach (var alias in aliases)
            {
                index.TryAdd(Squashed(alias), name);
            }
        }

        return index.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
