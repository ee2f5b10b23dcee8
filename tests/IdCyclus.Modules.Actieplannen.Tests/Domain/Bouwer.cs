using IdCyclus.Modules.Actieplannen.Domain;

namespace IdCyclus.Modules.Actieplannen.Tests.Domain;

/// <summary>A small valid plan to vary in tests.</summary>
internal static class Bouwer
{
    public static Actie Actie(string sleutel, string? kwartaal = "2024-Q2", string? termijn = null) =>
        new(sleutel, sleutel, $"Actie {sleutel}", Smart.Leeg, "Trekker", kwartaal, termijn);

    public static Planinhoud Plan(params Actie[] acties) => new()
    {
        Titel = "Actieplan",
        Status = PlanStatus.ConceptPlan,
        Doelen = [new Doel("Meer diversiteit in de top", 6, acties.Length == 0 ? [Actie("1.1")] : acties)],
        Begroting = new Begroting([new Begrotingsregel("Training", null, 100_000, null, false)], []),
    };
}
