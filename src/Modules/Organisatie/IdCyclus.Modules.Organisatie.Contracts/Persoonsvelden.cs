namespace IdCyclus.Modules.Organisatie.Contracts;

/// <summary>
/// The maximum lengths of a person's name and e-mail address, as Organisatie stores them. In the contracts because other
/// modules' forms name people too (the trekker benoemen task): they refuse what Organisatie could not store, with a
/// Dutch message, instead of an integration event that fails later.
/// </summary>
public static class Persoonsvelden
{
    public const int MaxNaam = 200;

    /// <summary>The longest e-mail address RFC 5321 allows.</summary>
    public const int MaxEmail = 320;
}
