using System.Collections.Frozen;
using System.Text;

namespace WeaknessAnalyzer.Ingestion;

/// <summary>
/// The words people write for an outcome or for how an answer went, and how a cell is matched against them: emoji,
/// decoration, punctuation and case do not matter (<c>✅ Passed</c> is <c>passed</c>, <c>Offer!</c> is <c>offer</c>), and a
/// cell that holds one known phrase among other words (<c>rejected after the onsite</c>) reads as that phrase, unless it
/// holds phrases that disagree or a negation that no phrase accounts for (<c>didn't get an offer</c> is not an offer).
/// </summary>
internal static class ValueWords
{
    private static readonly FrozenSet<string> Negations = FrozenSet.Create(StringComparer.Ordinal, "not", "no", "never", "didnt", "wasnt", "couldnt", "dont", "isnt", "without", "nothing");

    /// <summary>Phrases for outcomes, in their <see cref="Words"/> form. Documented in the README's table of values.</summary>
    public static readonly FrozenDictionary<string, InterviewOutcome> Outcomes = Table<InterviewOutcome>(
        (InterviewOutcome.Offer, ["offer", "offered", "accepted", "hired", "got offer", "got an offer", "got the offer", "offer received",
            "offer accepted", "offer declined", "declined offer", "declined the offer", "success", "successful", "got the job", "got it", "job offer",
            "i declined the offer", "got an offer but declined", "turned down offer", "turned down the offer", "i turned down the offer"]),
        (InterviewOutcome.Rejected, ["rejected", "reject", "rejection", "no offer", "not selected", "failed", "fail", "turned down", "ghosted",
            "no hire", "unsuccessful", "declined", "didnt pass", "did not pass", "not moving forward", "not progressed", "not progressing",
            "dinged", "denied", "no go", "not hired", "didnt get it", "did not get it", "didnt get the job", "didnt get an offer", "no luck",
            "didnt move forward", "did not move forward", "they said no", "heard back no"]),
        (InterviewOutcome.Pending, ["pending", "waiting", "in progress", "awaiting", "awaiting decision", "tbd", "no response yet", "on hold",
            "waiting to hear", "waiting to hear back", "waiting on feedback", "waiting for feedback", "no news", "no news yet", "not yet",
            "in review", "under review", "ongoing", "open", "scheduled", "no decision yet", "still waiting", "no response", "no reply",
            "no reply yet", "heard nothing", "havent heard back", "in process", "still interviewing"]),
        (InterviewOutcome.Withdrew, ["withdrew", "withdrawn", "withdraw", "pulled out", "dropped out", "cancelled", "canceled", "i withdrew",
            "i pulled out", "i declined", "not interested", "lost interest", "position closed", "role closed", "role cancelled", "hiring freeze",
            "position filled"]),
        (InterviewOutcome.Advanced, ["advanced", "next round", "next stage", "moved forward", "moving forward", "passed", "progressed", "through",
            "moved on", "invited back", "pass", "advancing", "proceeded", "next step", "shortlisted", "got through", "to onsite", "onsite invite",
            "2nd round", "second round", "3rd round", "third round", "final round", "round 2", "round 3", "2nd interview",
            "second interview", "final interview", "booked", "invited", "next steps", "final round scheduled"]),
        // The same in German, French, Spanish, Dutch, Portuguese and Italian (compared without accents).
        (InterviewOutcome.Offer, ["angebot", "zusage", "jobangebot", "eingestellt", "offre", "embauche", "oferta", "contratado", "contratada",
            "aanbod", "aangenomen", "proposta", "offerta", "assunto", "assunta"]),
        (InterviewOutcome.Rejected, ["abgelehnt", "absage", "ablehnung", "refuse", "refusee", "refus", "rechazado", "rechazada", "rechazo",
            "afgewezen", "afwijzing", "rejeitado", "rejeitada", "rifiutato", "rifiutata", "scartato", "scartata"]),
        (InterviewOutcome.Pending, ["ausstehend", "warte", "warten", "in bearbeitung", "en attente", "en cours", "pendiente", "en espera",
            "in afwachting", "pendente", "aguardando", "in attesa"]),
        (InterviewOutcome.Withdrew, ["zuruckgezogen", "zurueckgezogen", "retire", "retiree", "desiste", "retirado", "retirada",
            "teruggetrokken", "desisti", "ritirato", "ritirata"]),
        (InterviewOutcome.Advanced, ["weiter", "nachste runde", "naechste runde", "eingeladen", "tour suivant", "retenu", "retenue",
            "siguiente ronda", "avanzado", "avance", "volgende ronde", "door", "prochaine etape", "etape suivante", "prochain tour",
            "proxima etapa", "siguiente paso", "volgende stap", "prossima fase", "proxima fase", "avancei", "prossimo round", "passato", "passata"]));

    /// <summary>Phrases for how an answer went, in their <see cref="Words"/> form. Documented in the README's table of values.</summary>
    public static readonly FrozenDictionary<string, ResponseQuality> Responses = Table<ResponseQuality>(
        (ResponseQuality.Strong, ["strong", "good", "great", "excellent", "nailed it", "nailed", "very good", "solid", "crushed it", "crushed",
            "aced", "aced it", "perfect", "went well", "really good", "smooth", "confident", "killed it", "well", "awesome", "fantastic",
            "easy", "solved", "breeze", "flawless", "went great", "comfortable", "nailed this", "got it right", "optimal", "optimal solution"]),
        (ResponseQuality.Ok, ["ok", "okay", "fine", "average", "decent", "adequate", "so so", "mixed", "meh", "ok ish", "okish", "okayish",
            "okay ish", "alright", "all right", "fair", "acceptable", "not bad", "middling", "passable", "reasonable", "mediocre", "mid",
            "mostly right", "mostly correct", "got it eventually", "got there eventually", "got there", "solved with hints",
            "solved with a hint", "with hints", "with a hint", "with help", "finished"]),
        (ResponseQuality.Weak, ["weak", "poor", "bad", "shaky", "struggled", "rambled", "rough", "bombed", "bombed it", "terrible", "awful",
            "horrible", "flopped", "fumbled", "messed up", "botched", "not great", "not good", "not well", "struggling", "incomplete",
            "partial", "partially", "sloppy", "unsure", "hesitant", "vague", "needs work", "could be better", "not so good", "wobbly",
            "stumbled", "awkward", "guessed", "patchy", "clumsy", "iffy", "shallow", "superficial", "muddled", "confused", "nervous",
            "forgot", "wrong", "incorrect", "not sure", "not confident", "half right", "not my best", "could have been better",
            "could have gone better", "needed hints", "needed a hint", "needed help", "needed lots of hints", "missed the edge cases",
            "missed edge cases", "missed some edge cases", "brute force", "brute force only", "not optimal", "suboptimal"]),
        (ResponseQuality.Stumped, ["stumped", "blank", "blanked", "froze", "frozen", "no answer", "failed", "couldnt answer", "could not answer",
            "no idea", "no clue", "didnt know", "did not know", "skipped", "gave up", "stuck", "lost", "drew a blank", "went blank",
            "mind went blank", "dnf", "didnt answer", "did not answer", "couldnt solve", "could not solve", "didnt finish", "did not finish",
            "couldnt explain", "could not explain", "clueless", "totally lost", "had no idea", "no idea at all"]),
        (ResponseQuality.Strong, ["gut", "sehr gut", "stark", "super", "bien", "tres bien", "bueno", "buena", "muy bien", "goed", "heel goed",
            "bom", "boa", "muito bem", "bene", "molto bene", "ottimo"]),
        (ResponseQuality.Ok, ["mittel", "geht so", "passabel", "moyen", "regular", "normal", "normaal", "redelijk", "razoavel",
            "medio", "discreto", "cosi cosi"]),
        (ResponseQuality.Weak, ["schwach", "schlecht", "holprig", "faible", "mauvais", "debil", "flojo", "mal", "zwak", "slecht", "fraco",
            "fraca", "ruim", "debole", "male", "scarso"]),
        (ResponseQuality.Stumped, ["blackout", "keine ahnung", "hangen geblieben", "haengen geblieben", "bloque", "bloquee", "aucune idee",
            "sin idea", "bloqueado", "bloqueada", "geen idee", "vastgelopen", "travei", "nenhuma ideia", "bloccato", "bloccata", "nessuna idea"]));

    /// <summary>Words for a rating on a 1-5 scale (confidence, interest).</summary>
    public static readonly FrozenDictionary<string, int> Ratings = Table<int>(
        (1, ["very low", "none", "zero", "not at all", "very unsure", "just practice", "for practice", "practice"]),
        (2, ["low", "lowish", "not very", "a little", "little", "somewhat low", "unsure", "meh", "lukewarm", "not really", "not confident",
            "nervous", "not sure", "backup", "back up", "plan b"]),
        (3, ["medium", "med", "moderate", "average", "mid", "ok", "okay", "so so", "neutral", "somewhat", "fair", "maybe", "would be nice"]),
        (4, ["high", "highish", "pretty high", "quite high", "good", "confident", "keen", "excited", "want it"]),
        (5, ["very high", "very", "extremely", "dream job", "really high", "top", "max", "very confident", "very keen", "very excited",
            "really want it", "love it", "dream"]));

    /// <summary>
    /// The cell's words: lower case, accents dropped, letters and digits only, apostrophes dropped (<c>couldn't</c> is <c>couldnt</c>), every
    /// other character (emoji, punctuation, hyphens, underscores) a space, spaces collapsed.
    /// </summary>
    public static string Words(string s)
    {
        var sb = new StringBuilder(s.Length);
        var space = false;
        foreach (var ch in s)
        {
            if (char.IsLetterOrDigit(ch))
            {
                if (space && sb.Length > 0) sb.Append(' ');
                space = false;
                sb.Append(char.ToLowerInvariant(BaseLetter(ch)));
            }
            else if (ch is not ('\'' or '\u2019'))
            {
                space = true;
            }
        }

        return sb.ToString();
    }

    /// <summary>An accented letter's base letter (é as e, ü as u, ß as s); any other character as it is.</summary>
    internal static char BaseLetter(char ch)
    {
        if (ch < 0x80) return ch;
        if (ch == 'ß') return 's';
        var folded = ch.ToString().Normalize(NormalizationForm.FormD);
        return folded.Length > 0 && char.IsLetterOrDigit(folded[0]) ? folded[0] : ch;
    }

    /// <summary>
    /// Finds the one meaning of a cell: the whole cell, else the phrases in it (longest first), when they agree and no
    /// negation comes before one of them ("weak - didn't pick a shard key" is weak; "didn't go well" means nothing).
    /// </summary>
    /// <param name="table">The phrases and their meanings.</param>
    /// <param name="raw">The cell.</param>
    /// <param name="value">The meaning found.</param>
    /// <param name="reconcile">For two phrases that disagree, the one meaning they still share, or <see langword="null"/> (no meaning); without it any disagreement has none.</param>
    public static bool TryMatch<T>(FrozenDictionary<string, T> table, string raw, out T value, Func<T, T, T?>? reconcile = null)
        where T : struct
    {
        var words = Words(raw);
        if (table.TryGetValue(words, out value)) return true;
        var tokens = words.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        T? found = null;
        var negated = false;
        for (var i = 0; i < tokens.Length;)
        {
            var matched = 0;
            for (var n = Math.Min(4, tokens.Length - i); n >= 1 && matched == 0; n--)
            {
                if (table.TryGetValue(string.Join(' ', tokens, i, n), out var v))
                {
                    // A negation before a phrase turns it round ("didn't go well"): no meaning is guessed.
                    if (negated) return Fail(out value);
                    if (found is { } f && !EqualityComparer<T>.Default.Equals(f, v))
                    {
                        if (reconcile?.Invoke(f, v) is not { } agreed) return Fail(out value);
                        v = agreed;
                    }

                    found = v;
                    matched = n;
                }
            }

            if (matched == 0 && Negations.Contains(tokens[i])) negated = true;
            i += Math.Max(1, matched);
        }

        value = found.GetValueOrDefault();
        return found.HasValue;
    }

    /// <summary>
    /// Two response phrases on the same side ("rambled and lost the thread": weak and stumped; "good, decent": strong and
    /// ok) read as the milder of them, so the cell still says whether it was a stumble; across sides they mean nothing.
    /// </summary>
    public static ResponseQuality? SameSide(ResponseQuality a, ResponseQuality b)
    {
        static bool Stumble(ResponseQuality r) => r is ResponseQuality.Weak or ResponseQuality.Stumped;
        if (Stumble(a) != Stumble(b)) return null;
        return Stumble(a) ? ResponseQuality.Weak : ResponseQuality.Ok;
    }

    private static bool Fail<T>(out T value)
        where T : struct
    {
        value = default;
        return false;
    }

    private static FrozenDictionary<string, T> Table<T>(params (T Value, string[] Phrases)[] groups)
    {
        var index = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var (value, phrases) in groups)
        {
            foreach (var phrase in phrases)
            {
                index.TryAdd(Words(phrase), value);
            }
        }

        return index.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The phrases of a table for one value, for documentation and tests.</summary>
    internal static IEnumerable<string> PhrasesOf<T>(FrozenDictionary<string, T> table, T value) =>
        table.Where(kv => EqualityComparer<T>.Default.Equals(kv.Value, value)).Select(kv => kv.Key).Order(StringComparer.Ordinal);

    /// <summary>The number of star characters (⭐ or ★) in a cell that holds nothing else but spaces; 0 when it holds anything else.</summary>
    public static int Stars(string s)
    {
        var stars = 0;
        foreach (var rune in s.EnumerateRunes())
        {
            if (rune.Value is 0x2B50 or 0x2605) stars++;
            else if (!Rune.IsWhiteSpace(rune) && rune.Value != 0xFE0F) return 0;
        }

        return stars;
    }
}
