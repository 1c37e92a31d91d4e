using System.Text;

namespace WeaknessAnalyzer.Themes;

/// <summary>Text normalisation for de-duplication and keyword extraction.</summary>
internal static class TextKeys
{
    /// <summary>The de-duplication key: lower case, letters and digits only, single spaces.</summary>
    public static string DedupKey(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var ch in text)
        {
            if (char.IsLetterOrDigit(ch))
            {
                if (space && sb.Length > 0)
                {
                    sb.Append(' ');
                }

                sb.Append(char.ToLowerInvariant(ch));
                space = false;
            }
            else
            {
                space = true;
            }
        }

        return sb.ToString();
    }

    /// <summary>Keyword tokens: lower-case words of letters, digits, '#' and '+', without stop words, numbers or single letters.</summary>
    public static IEnumerable<string> Tokens(string text)
    {
        var sb = new StringBuilder();
        foreach (var ch in text.Append(' '))
        {
            if (char.IsLetterOrDigit(ch) || ((ch == '#' || ch == '+') && sb.Length > 0))
            {
                sb.Append(char.ToLowerInvariant(ch));
                continue;
            }

            if (sb.Length > 1)
            {
                var token = sb.ToString();
                if (!StopWords.Contains(token) && !token.All(char.IsDigit))
                {
                    yield return token;
                }
            }

            sb.Clear();
        }
    }

    /// <summary>A crude stem used only to keep near-synonym keywords (index/indexes/indexing) from repeating.</summary>
    public static string Stem(string token)
    {
        foreach (var suffix in (string[])["ations", "ation", "izing", "ising", "ized", "ised", "izes", "ises", "ize", "ise", "ings", "ing", "ies", "es", "ed", "s", "ly"])
        {
            if (token.Length > suffix.Length + 3 && token.EndsWith(suffix, StringComparison.Ordinal))
            {
                // "-es" is a plural ending only after s, x, z, ch and sh (indexes, classes); "values" is value + s.
                if (suffix == "es" && !(token.EndsWith("sses", StringComparison.Ordinal) || token.EndsWith("xes", StringComparison.Ordinal)
                    || token.EndsWith("zes", StringComparison.Ordinal) || token.EndsWith("ches", StringComparison.Ordinal) || token.EndsWith("shes", StringComparison.Ordinal)))
                {
                    return token[..^1];
                }

                return token[..^suffix.Length];
            }
        }

        return token;
    }

    /// <summary>Whether a lower-case word is a stop word of the keyword tokens.</summary>
    public static bool IsStopWord(string word) => StopWords.Contains(word);

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "about", "above", "after", "again", "against", "all", "am", "an", "and", "any", "are", "as", "at", "be", "because",
        "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do", "does", "doing", "don",
        "down", "during", "each", "few", "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers",
        "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "me", "more",
        "most", "my", "myself", "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours",
        "ourselves", "out", "over", "own", "same", "she", "should", "so", "some", "such", "than", "that", "the", "their",
        "theirs", "them", "themselves", "then", "there", "these", "they", "this", "those", "through", "to", "too", "under",
        "until", "up", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will",
        "with", "would", "you", "your", "yours", "yourself", "yourselves", "tell", "time", "describe", "explain", "give",
        "example", "way", "ways", "use", "using", "used", "get", "make", "one", "two", "also", "like", "know", "want", "need",
        "us", "let", "walk", "think", "thing", "things", "many", "much", "may", "might", "must", "within", "without", "via",
        "vs", "versus", "etc", "ever", "well", "good", "best", "difference", "differences", "different", "would", "e.g",
    };
}
