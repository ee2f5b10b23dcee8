namespace IdCyclus.Shared.Validation;

/// <summary>A validation problem as data: the field it belongs to and a Dutch message for the person who entered it.</summary>
public sealed record Fout(string Veld, string Melding);

/// <summary>The outcome of a use case that may be refused for reasons the user can fix.</summary>
public sealed class Resultaat<T>
{
    private Resultaat(T? waarde, IReadOnlyList<Fout> fouten)
    {
        Waarde = waarde;
        Fouten = fouten;
    }

    public T? Waarde { get; }

    public IReadOnlyList<Fout> Fouten { get; }

    public bool IsGelukt => Fouten.Count == 0;

    public static Resultaat<T> Gelukt(T waarde) => new(waarde, []);

    public static Resultaat<T> Mislukt(IReadOnlyList<Fout> fouten) =>
        fouten.Count == 0 ? throw new ArgumentException("Een mislukt resultaat heeft fouten.", nameof(fouten)) : new(default, fouten);

    public static Resultaat<T> Mislukt(string veld, string melding) => new(default, [new Fout(veld, melding)]);
}
