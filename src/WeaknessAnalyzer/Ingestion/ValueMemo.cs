namespace WeaknessAnalyzer.Ingestion;

/// <summary>
/// Remembers how each distinct value of a column parsed, so a log that repeats the same few dates, outcomes and ratings
/// parses each one once. Holds at most <see cref="Capacity"/> values; past that, new values are parsed every time.
/// </summary>
internal sealed class ValueMemo<T>(ValueMemo<T>.Parser parse)
    where T : struct
{
    /// <summary>The most distinct values remembered per column.</summary>
    public const int Capacity = 4096;

    private readonly Dictionary<string, (bool Ok, T Value, string Reason)> _seen = new(StringComparer.Ordinal);

    public delegate bool Parser(string value, out T result, out string reason);

    private string? _lastValue;
    private (bool Ok, T Value, string Reason) _last;

    public bool TryParse(string value, out T result, out string reason)
    {
        // Rows of one interview repeat its date, outcome and ratings, and CsvHelper pools repeated strings: the same
        // instance as the row before needs no lookup.
        if (ReferenceEquals(value, _lastValue))
        {
            (result, reason) = (_last.Value, _last.Reason);
            return _last.Ok;
        }

        if (_seen.TryGetValue(value, out var known))
        {
            (_lastValue, _last) = (value, known);
            (result, reason) = (known.Value, known.Reason);
            return known.Ok;
        }

        var ok = parse(value, out result, out reason);
        (_lastValue, _last) = (value, (ok, result, reason));
        if (_seen.Count < Capacity) _seen[value] = _last;
        return ok;
    }
}
