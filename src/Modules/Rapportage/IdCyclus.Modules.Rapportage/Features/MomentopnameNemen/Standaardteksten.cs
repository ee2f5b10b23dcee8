using IdCyclus.Modules.Rapportage.Domain;

namespace IdCyclus.Modules.Rapportage.Features.MomentopnameNemen;

/// <summary>
/// The text a new report's blocks start with: the aanleiding follows the 2024 report (the same every year, Bureau adapts
/// it); every other block starts empty, because a conclusion must be written for the year's own figures.
/// </summary>
internal sealed class Standaardteksten
{
    public string Voor(Blokdefinitie blok, int jaar) => blok.Sleutel == Tekstblokken.Aanleiding ? Aanleiding(jaar) : "";

    private static string Aanleiding(int jaar) => $"""
        ### Aanleiding

        - {Opdracht}
        - Het GMT heeft gevraagd om ook in {jaar} een voortgangsrapportage op te leveren die voortbouwt op de rapportage van {jaar - 1}.

        ### Doel

        Met deze voortgangsrapportage meten we de inspanning op I&D in de meetperiode van de vragenlijst {jaar} {Vergelijking(jaar)}. Het doel:

        1. De voortgang van de actieplannen in kaart brengen, om het GMT te informeren en in staat te stellen te sturen op de eigen directies.
        2. Bureau I&D en de trekkers in staat stellen het gesprek over deze voortgang te voeren binnen hun directie.
        """;

    private const string Opdracht = "Als onderdeel van de Bestuursopdracht Inclusie en Diversiteit heeft elk organisatieonderdeel van de gemeente "
        + "Amsterdam de opdracht gekregen om een actieplan Inclusie en Diversiteit (I&D) op te leveren.";

    private static string Vergelijking(int jaar) => $"en vergelijken we de resultaten met {jaar - 1}";
}
