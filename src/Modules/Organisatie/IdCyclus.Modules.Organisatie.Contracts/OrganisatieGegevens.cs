namespace IdCyclus.Modules.Organisatie.Contracts;

public sealed record ClusterGegevens(string Id, string Naam, string? Afkorting, IReadOnlyList<KokerGegevens> Kokers);

public sealed record KokerGegevens(string Id, string Naam);

/// <summary>
/// A section of the yearly report. <see cref="Id"/> is the koker's id for a koker, else the cluster's; a directie
/// belongs to it when its koker (or, without koker, its cluster) has that id.
/// </summary>
public sealed record RapportsectieGegevens(string Id, string Naam, string? Afkorting, string ClusterId, string? KokerId)
{
    public bool Omvat(DirectieGegevens directie) => (directie.KokerId ?? directie.ClusterId) == Id;
}

public sealed record DirectieGegevens(
    Guid Id,
    string Afkorting,
    string? Naam,
    string ClusterId,
    string? KokerId,
    DateOnly? ActiefVanaf,
    DateOnly? ActiefTot,
    string? OpgegaanIn)
{
    public string Weergavenaam => Naam is null || Naam == Afkorting ? Afkorting : $"{Naam} ({Afkorting})";

    public bool IsActiefOp(DateOnly datum) =>
        (ActiefVanaf is null || ActiefVanaf <= datum) && (ActiefTot is null || datum <= ActiefTot);
}

public sealed record PersoonGegevens(Guid Id, string Naam, string Email);

/// <summary>A role held over a period; <see cref="Tot"/> is the last day, inclusive, or open.</summary>
public sealed record RolGegevens(
    Guid Id,
    Rol Rol,
    PersoonGegevens Persoon,
    Guid? DirectieId,
    string? ClusterId,
    DateOnly Van,
    DateOnly? Tot,
    decimal? UrenPerWeek)
{
    public bool IsActiefOp(DateOnly datum) => Van <= datum && (Tot is null || datum <= Tot);
}
