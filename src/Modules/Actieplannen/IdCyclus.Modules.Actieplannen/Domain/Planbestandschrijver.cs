using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace IdCyclus.Modules.Actieplannen.Domain;

/// <summary>Writes a plan in exactly the format <see cref="Planbestandlezer"/> reads, so an export can be imported again unchanged.</summary>
internal static class Planbestandschrijver
{
    private static readonly JsonSerializerOptions Opties = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Schrijf(IReadOnlyList<Planbestand> plannen) =>
        plannen.Count == 1
            ? Object(plannen[0]).ToJsonString(Opties)
            : new JsonObject { ["actieplannen"] = new JsonArray(plannen.Select(p => (JsonNode)Object(p)).ToArray()) }.ToJsonString(Opties);

    private static JsonObject Object(Planbestand plan)
    {
        var i = plan.Inhoud;
        var json = new JsonObject
        {
            ["formaat"] = Planbestandlezer.Formaat,
            ["directie"] = plan.Directie,
            ["jaar"] = plan.Jaar,
            ["titel"] = i.Titel,
            ["status"] = Planbestandlezer.Code(Planbestandlezer.Statussen, i.Status),
        };
        if (plan.GoedgekeurdOp is { } op)
        {
            json["goedgekeurd"] = new JsonObject { ["op"] = op.ToString("yyyy-MM-dd"), ["door"] = plan.GoedgekeurdDoor };
        }

        json["visie"] = new JsonObject { ["eenJaar"] = i.Visie.EenJaar, ["meerjarig"] = i.Visie.Meerjarig };
        json["ambitie"] = new JsonObject { ["eenJaar"] = i.Ambitie.EenJaar, ["meerjarig"] = i.Ambitie.Meerjarig };
        json["dimensies"] = new JsonArray(i.Dimensies.Select(d => (JsonNode?)d).ToArray());
        json["themas"] = new JsonArray(i.Themas.Select(t => (JsonNode?)t).ToArray());
        var ankers = new JsonObject();
        foreach (var anker in i.Ankers.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            ankers[anker.Key] = anker.Value.ToString("yyyy-MM-dd");
        }

        json["ankers"] = ankers;
        json["doelen"] = new JsonArray(i.Doelen.Select(d => (JsonNode)new JsonObject
        {
            ["titel"] = d.Titel,
            ["thema"] = d.Thema,
            ["acties"] = new JsonArray(d.Acties.Select(a => (JsonNode)Actie(a, plan.Voortgang.GetValueOrDefault(a.Sleutel))).ToArray()),
        }).ToArray());
        json["werkgroep"] = new JsonArray(i.Werkgroep.Select(w => (JsonNode)new JsonObject
        {
            ["naam"] = w.Naam, ["rol"] = w.Rol, ["urenPerWeek"] = w.UrenPerWeek,
        }).ToArray());
        json["begroting"] = new JsonObject
        {
            ["regels"] = new JsonArray(i.Begroting.Regels.Select(r => (JsonNode)Regel(r)).ToArray()),
            ["gesteldeTotalen"] = new JsonArray(i.Begroting.GesteldeTotalen.Select(t => (JsonNode)new JsonObject
            {
                ["tekst"] = t.Tekst, ["bron"] = t.Bron, ["bedragCent"] = t.BedragCent,
            }).ToArray()),
        };
        json["bronopmerkingen"] = new JsonArray(i.Bronopmerkingen.Select(o => (JsonNode?)o).ToArray());
        return json;
    }

    private static JsonObject Actie(Actie a, BestandVoortgang? voortgang)
    {
        var json = new JsonObject
        {
            ["id"] = a.Sleutel,
            ["nummer"] = a.Nummer,
            ["titel"] = a.Titel,
            ["smart"] = new JsonObject
            {
                ["specifiek"] = a.Smart.Specifiek, ["meetbaar"] = a.Smart.Meetbaar, ["acceptabel"] = a.Smart.Acceptabel,
                ["realistisch"] = a.Smart.Realistisch, ["tijdsgebonden"] = a.Smart.Tijdsgebonden,
            },
            ["eigenaar"] = a.Eigenaar,
            ["kwartaal"] = a.Kwartaal,
            ["termijn"] = a.Termijn,
        };
        if (voortgang is not null)
        {
            json["status"] = Planbestandlezer.Code(Planbestandlezer.ActieStatussen, voortgang.Status);
            json["voortgang"] = voortgang.Notitie;
        }

        return json;
    }

    private static JsonObject Regel(Begrotingsregel r)
    {
        var json = new JsonObject { ["post"] = r.Post, ["doelgroep"] = r.Doelgroep, ["bedragCent"] = r.BedragCent };
        if (r.Formule is { } f)
        {
            json["formule"] = new JsonObject { ["urenPerWeek"] = f.UrenPerWeek, ["tariefCent"] = f.TariefCent, ["weken"] = f.Weken, ["aantal"] = f.Aantal };
        }

        json["werkgroep"] = r.IsWerkgroep;
        return json;
    }
}
