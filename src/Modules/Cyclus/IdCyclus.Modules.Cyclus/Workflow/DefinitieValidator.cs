using System.Text.Json;
using IdCyclus.Shared.Validation;
using IdCyclus.Workflows.Runtime.Motor;

namespace IdCyclus.Modules.Cyclus.Workflow;

/// <summary>Checks a definition before it is published, against the names this module registers.</summary>
internal sealed class DefinitieValidator : IDefinitieValidator
{
    public GevalideerdeDefinitie Valideer(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            var id = root.TryGetProperty("id", out var i) ? i.GetString() : null;
            var naam = root.TryGetProperty("naam", out var n) ? n.GetString() : null;
            var versie = root.TryGetProperty("versie", out var v) && v.TryGetInt32(out var getal) ? getal : 0;
            var fouten = new List<Fout>();
            if (string.IsNullOrEmpty(id))
            {
                fouten.Add(new Fout("$.id", "Het veld 'id' ontbreekt."));
            }

            if (string.IsNullOrEmpty(naam))
            {
                fouten.Add(new Fout("$.naam", "Het veld 'naam' ontbreekt."));
            }

            if (versie < 1)
            {
                fouten.Add(new Fout("$.versie", "Het veld 'versie' moet een geheel getal van 1 of hoger zijn."));
            }

            return new GevalideerdeDefinitie(id, naam, versie, fouten);
        }
        catch (JsonException ex)
        {
            return new GevalideerdeDefinitie(null, null, 0, [new Fout("$", $"Geen geldige JSON: {ex.Message}")]);
        }
    }
}
