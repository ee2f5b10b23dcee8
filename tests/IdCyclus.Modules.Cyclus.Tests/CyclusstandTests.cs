using IdCyclus.Modules.Cyclus.Features.Startpagina;
using IdCyclus.Workflows.Runtime;

namespace IdCyclus.Modules.Cyclus.Tests;

/// <summary>Bureau's start page: late tasks per step and the next deadlines, from the open tasks.</summary>
public sealed class CyclusstandTests
{
    private static readonly DateTime Nu = new(2025, 4, 14, 10, 0, 0, DateTimeKind.Utc);

    private static WorkflowTaak Taak(string titel, DateTime? deadline, TaakStatus status = TaakStatus.Open, string definitie = "voortgangscyclus-2025") =>
        new(Guid.NewGuid(), Guid.NewGuid(), definitie, "Voortgangscyclus 2025", "stap", titel, null, "accounthouder", null, null, null,
            null, [], status, deadline, null, 0, null, null, null, null, Nu.AddDays(-30), 1);

    [Fact]
    public void Te_laat_telt_per_stap_alleen_open_taken_voorbij_hun_deadline_meeste_eerst()
    {
        var taken = new[]
        {
            Taak("Plan het interview", Nu.AddDays(-3)),
            Taak("Plan het interview", Nu.AddDays(-1), TaakStatus.Geescaleerd),
            Taak("Plan het interview", Nu.AddDays(2)),
            Taak("Benoem een trekker", Nu.AddDays(-20)),
            Taak("Benoem een trekker", Nu.AddDays(-20), TaakStatus.Voltooid),
            Taak("Zonder deadline", null),
        };

        var teLaat = Cyclusstand.TeLaat(taken, Nu);

        Assert.Equal([("Plan het interview", 2), ("Benoem een trekker", 1)], teLaat.Select(s => (s.Titel, s.Aantal)));
    }

    [Fact]
    public void Volgende_deadlines_per_dag_in_Amsterdamse_tijd_vroegste_eerst_en_begrensd()
    {
        var taken = new[]
        {
            Taak("Neem het interview af", new DateTime(2025, 5, 16, 21, 59, 0, DateTimeKind.Utc)),
            Taak("Neem het interview af", new DateTime(2025, 5, 16, 10, 0, 0, DateTimeKind.Utc)),
            // 22:30 UTC on 15 May is 00:30 on 16 May in Amsterdam: the same day as the two above.
            Taak("Neem het interview af", new DateTime(2025, 5, 15, 22, 30, 0, DateTimeKind.Utc)),
            Taak("Plan het interview", Nu.AddDays(1)),
            Taak("Lees het concept", Nu.AddDays(60), definitie: "rapportage-review-2025"),
            Taak("Al te laat", Nu.AddDays(-1)),
        };

        var volgende = Cyclusstand.Volgende(taken, Nu, 2);

        Assert.Equal(
            [("Plan het interview", 1, new DateOnly(2025, 4, 15)), ("Neem het interview af", 3, new DateOnly(2025, 5, 16))],
            volgende.Select(s => (s.Titel, s.Aantal, s.Datum!.Value)));
    }
}
