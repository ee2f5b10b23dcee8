using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace IdCyclus.Workflows;

/// <summary>
/// An ISO 8601 duration as written in a definition: <c>P7D</c>, <c>P4W</c>, <c>P1M</c>, <c>PT12H</c>, <c>P1DT2H</c>,
/// and, only where a definition allows it, a leading minus (<c>-P1D</c>). Whole numbers only; weeks count as 7 days.
/// </summary>
/// <remarks>
/// The calendar part (years, months, days) and the clock part (hours, minutes, seconds) are kept apart because they
/// behave differently around daylight saving time: see <see cref="Planning.Verschuif"/>. Two durations are equal when
/// their parts are equal (<c>P1W</c> equals <c>P7D</c>; <c>P1D</c> does not equal <c>PT24H</c>). <see cref="ToString"/>
/// gives back the text the duration was read from, so a definition round-trips unchanged.
/// A duration is at most 10 years long: longer ones are refused as a likely typo.
/// </remarks>
public readonly partial struct IsoDuur : IEquatable<IsoDuur>
{
    private const double DagenPerJaar = 365.2425;
    private const double DagenPerMaand = DagenPerJaar / 12;
    private const double MaximumDagen = 10 * DagenPerJaar;

    private readonly string? tekst;

    private IsoDuur(int jaren, int maanden, int dagen, TimeSpan tijd, bool negatief, string? tekst)
    {
        Jaren = jaren;
        Maanden = maanden;
        Dagen = dagen;
        Tijd = tijd;
        IsNegatief = negatief && (jaren != 0 || maanden != 0 || dagen != 0 || tijd != TimeSpan.Zero);
        this.tekst = tekst;
    }

    /// <summary>The number of years (never negative; see <see cref="IsNegatief"/>).</summary>
    public int Jaren { get; }

    /// <summary>The number of months (never negative).</summary>
    public int Maanden { get; }

    /// <summary>The number of days, weeks included as 7 days each (never negative).</summary>
    public int Dagen { get; }

    /// <summary>The clock part: hours, minutes and seconds (never negative).</summary>
    public TimeSpan Tijd { get; }

    /// <summary>True for a duration written with a leading minus (and not zero).</summary>
    public bool IsNegatief { get; }

    /// <summary>True when every part is zero (<c>P0D</c>, <c>PT0S</c>).</summary>
    public bool IsNul => Jaren == 0 && Maanden == 0 && Dagen == 0 && Tijd == TimeSpan.Zero;

    /// <summary>True when the duration has hours, minutes or seconds.</summary>
    public bool HeeftTijddeel => Tijd != TimeSpan.Zero;

    /// <summary>
    /// The approximate length in days (a year 365.2425 days, a month a twelfth of that), negative for a negative
    /// duration. Only for ordering durations of different units, e.g. the rungs of an escalation ladder.
    /// </summary>
    public double NominaleDagen => (IsNegatief ? -1 : 1) * (Jaren * DagenPerJaar + Maanden * DagenPerMaand + Dagen + Tijd.TotalDays);

    /// <summary>A duration of whole days (<c>P{dagen}D</c>; negative gives <c>-P{n}D</c>).</summary>
    public static IsoDuur VanDagen(int dagen) => Parse(dagen < 0 ? $"-P{-(long)dagen}D" : $"P{dagen}D");

    /// <summary>Reads <paramref name="tekst"/>; throws <see cref="FormatException"/> with the Dutch reason when it is invalid.</summary>
    public static IsoDuur Parse(string tekst) =>
        Ontleed(tekst, out var duur, out var reden) ? duur : throw new FormatException(reden);

    /// <summary>Reads <paramref name="tekst"/>; false when it is not a valid duration.</summary>
    public static bool TryParse(string? tekst, out IsoDuur duur) => Ontleed(tekst, out duur, out _);

    /// <summary>The same duration with the opposite sign.</summary>
    public IsoDuur Negatie() => new(Jaren, Maanden, Dagen, Tijd, !IsNegatief, tekst: null);

    /// <summary>The text the duration was read from, or its canonical form (<c>P1Y2M3DT4H5M6S</c>) when it was computed.</summary>
    public override string ToString() => tekst ?? Canoniek();

    /// <inheritdoc />
    public bool Equals(IsoDuur other) =>
        Jaren == other.Jaren && Maanden == other.Maanden && Dagen == other.Dagen && Tijd == other.Tijd && IsNegatief == other.IsNegatief;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is IsoDuur other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Jaren, Maanden, Dagen, Tijd, IsNegatief);

    /// <summary>Value equality.</summary>
    public static bool operator ==(IsoDuur links, IsoDuur rechts) => links.Equals(rechts);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(IsoDuur links, IsoDuur rechts) => !links.Equals(rechts);

    internal static bool Ontleed(string? tekst, out IsoDuur duur, out string reden)
    {
        duur = default;
        reden = $"'{tekst}' is geen geldige ISO 8601-duur, bijvoorbeeld P7D (7 dagen) of PT12H (12 uur).";
        if (string.IsNullOrEmpty(tekst))
        {
            reden = "Een duur mag niet leeg zijn; schrijf bijvoorbeeld P7D (7 dagen) of PT12H (12 uur).";
            return false;
        }

        var match = Patroon().Match(tekst);
        if (!match.Success)
        {
            if (Patroon().IsMatch(tekst.ToUpperInvariant()))
            {
                reden = $"'{tekst}': schrijf een ISO 8601-duur met hoofdletters, dus '{tekst.ToUpperInvariant()}'.";
            }
            else if (tekst.Contains('.') || tekst.Contains(','))
            {
                reden = $"'{tekst}': een duur bestaat uit hele getallen; gebruik een kleinere eenheid, bijvoorbeeld PT36H in plaats van P1.5D.";
            }

            return false;
        }

        var groepen = match.Groups;
        if (!groepen["j"].Success && !groepen["m"].Success && !groepen["w"].Success && !groepen["d"].Success
            && !groepen["u"].Success && !groepen["mi"].Success && !groepen["s"].Success)
        {
            return false;
        }

        if (groepen["t"].Success && !groepen["u"].Success && !groepen["mi"].Success && !groepen["s"].Success)
        {
            return false;
        }

        if (!Getal(groepen["j"], out var jaren) || !Getal(groepen["m"], out var maanden) || !Getal(groepen["w"], out var weken)
            || !Getal(groepen["d"], out var dagen) || !Getal(groepen["u"], out var uren) || !Getal(groepen["mi"], out var minuten)
            || !Getal(groepen["s"], out var seconden))
        {
            reden = $"'{tekst}' is te lang: een duur mag hoogstens 10 jaar zijn.";
            return false;
        }

        var tijd = TimeSpan.FromHours(uren) + TimeSpan.FromMinutes(minuten) + TimeSpan.FromSeconds(seconden);
        var kandidaat = new IsoDuur((int)jaren, (int)maanden, (int)(dagen + 7 * weken), tijd, groepen["min"].Success, tekst);
        if (Math.Abs(kandidaat.NominaleDagen) > MaximumDagen)
        {
            reden = $"'{tekst}' is te lang: een duur mag hoogstens 10 jaar zijn.";
            return false;
        }

        duur = kandidaat;
        return true;
    }

    private static bool Getal(Group groep, out long waarde)
    {
        waarde = 0;
        if (!groep.Success)
        {
            return true;
        }

        // Anything above a million of any unit is far beyond the 10-year limit; stopping here keeps the sums exact.
        return long.TryParse(groep.Value, NumberStyles.None, CultureInfo.InvariantCulture, out waarde) && waarde <= 1_000_000;
    }

    private string Canoniek()
    {
        var tekstBouwer = new StringBuilder(IsNegatief ? "-P" : "P");
        Deel(tekstBouwer, Jaren, 'Y');
        Deel(tekstBouwer, Maanden, 'M');
        Deel(tekstBouwer, Dagen, 'D');
        if (HeeftTijddeel)
        {
            tekstBouwer.Append('T');
            Deel(tekstBouwer, (long)Tijd.TotalHours, 'H');
            Deel(tekstBouwer, Tijd.Minutes, 'M');
            Deel(tekstBouwer, Tijd.Seconds, 'S');
        }
        else if (IsNul)
        {
            tekstBouwer.Append("0D");
        }

        return tekstBouwer.ToString();
    }

    private static void Deel(StringBuilder bouwer, long waarde, char eenheid)
    {
        if (waarde != 0)
        {
            bouwer.Append(waarde.ToString(CultureInfo.InvariantCulture)).Append(eenheid);
        }
    }

    [GeneratedRegex(
        @"^(?<min>-)?P(?:(?<j>[0-9]+)Y)?(?:(?<m>[0-9]+)M)?(?:(?<w>[0-9]+)W)?(?:(?<d>[0-9]+)D)?"
        + @"(?<t>T(?:(?<u>[0-9]+)H)?(?:(?<mi>[0-9]+)M)?(?:(?<s>[0-9]+)S)?)?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex Patroon();
}
