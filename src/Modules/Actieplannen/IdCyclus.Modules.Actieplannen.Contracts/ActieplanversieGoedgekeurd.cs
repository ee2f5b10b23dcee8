using IdCyclus.Shared.Integratie;

namespace IdCyclus.Modules.Actieplannen.Contracts;

/// <summary>
/// Integration event raised by Actieplannen itself when a version of a directie's plan is approved, in the same
/// transaction as the approval. An agreement "geactualiseerd actieplan opgeleverd" is checked against this, without
/// reading Actieplannen' tables.
/// </summary>
public sealed record ActieplanversieGoedgekeurd(Guid DirectieId, int Jaar, int Versie, DateOnly GoedgekeurdOp) : IIntegratieGebeurtenis
{
    public static string Type => "actieplannen.versie-goedgekeurd";
}
