using System.Globalization;
using System.Text.Json;

namespace IdCyclus.Workflows.Lezen;

// Parameters: their declarations ("parameters"), their values ("waarden") and the references to them ({ "datum": "$naam" }).
internal sealed partial class DefinitieLezing
{
    private readonly Dictionary<string, (WorkflowParameter Parameter, int Index)> parameters = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateOnly> waarden = new(StringComparer.Ordinal);

    private WaardeLijst<WorkflowParameter>? Parameters(Dictionary<string, JsonElement> velden)
    {
        const string pad = "$.parameters";
        if (!Waarde(velden, "$", "parameters", verplicht: false, out var waarde))
        {
            return velden.ContainsKey("parameters") ? null : WaardeLijst<WorkflowParameter>.Leeg;
        }

        if (Array(waarde, pad, "parameters") is not { } elementen)
        {
            return null;
        }

        var goed = true;
        for (var index = 0; index < elementen.Count; index++)
        {
            var elementPad = $"{pad}[{index}]";
            if (Object(elementen[index], elementPad, "Een parameter") is not { } velden2)
            {
                goed = false;
                continue;
            }

            Onbekend(velden2, elementPad, Velden.Parameter, "in een parameter");
            var naam = Slug(velden2, elementPad, "naam", verplicht: true, "bijvoorbeeld 'eerste-deadline'");
            var label = Tekst(velden2, elementPad, "label", verplicht: true, "Zeg in gewone woorden wat deze waarde is; dat ziet wie hem invult.");
            var soort = Keuze(velden2, elementPad, "soort", Velden.ParameterSoorten, verplicht: true, "soort", "Onbekende parametersoort");
            var omschrijving = Tekst(velden2, elementPad, "omschrijving", verplicht: false);
            if (naam is not null && parameters.TryGetValue(naam, out var eerder))
            {
                Fout(Pad(elementPad, "naam"), $"Parameter '{naam}' is al gedeclareerd in {pad}[{eerder.Index}]; elke naam komt één keer voor.");
                goed = false;
                continue;
            }

            if (naam is null || label is null || soort is null || (velden2.ContainsKey("omschrijving") && omschrijving is null))
            {
                goed = false;
                continue;
            }

            parameters[naam] = (new WorkflowParameter(naam, label, soort.Value) { Omschrijving = omschrijving }, index);
        }

        return goed ? WaardeLijst.Van(parameters.Values.OrderBy(p => p.Index).Select(p => p.Parameter).ToList()) : null;
    }

    /// <summary>
    /// The values, in the order of the declarations. Every problem names the parameter: a value for an undeclared name,
    /// a value of the wrong kind, and (except in a template) a declared parameter without a value.
    /// </summary>
    private WaardeLijst<ParameterWaarde>? Waarden(Dictionary<string, JsonElement> velden, bool parametersGelezen)
    {
        const string pad = "$.waarden";
        var goed = true;
        if (Waarde(velden, "$", "waarden", verplicht: false, out var waarde))
        {
            if (Object(waarde, pad, "Veld 'waarden'") is not { } gegeven)
            {
                return null;
            }

            foreach (var (naam, element) in gegeven)
            {
                var elementPad = Pad(pad, naam);
                if (!parameters.TryGetValue(naam, out var declaratie))
                {
                    if (parametersGelezen)
                    {
                        Fout(elementPad, OnbekendeParameter(naam, "in 'waarden'"));
                    }

                    goed = false;
                }
                else if (DatumWaarde(element, elementPad, $"De waarde van parameter '{naam}' ({declaratie.Parameter.Label})") is { } datum)
                {
                    waarden[naam] = datum;
                }
                else
                {
                    goed = false;
                }
            }
        }
        else if (velden.ContainsKey("waarden"))
        {
            return null;
        }

        if (!sjabloon)
        {
            foreach (var (naam, declaratie) in parameters.OrderBy(p => p.Value.Index))
            {
                // A value that was given but wrong already has its own error.
                if (!waarden.ContainsKey(naam) && !(waarde.ValueKind == JsonValueKind.Object && waarde.TryGetProperty(naam, out _)))
                {
                    Fout(Pad(pad, naam), $"Parameter '{naam}' ({declaratie.Parameter.Label}) heeft geen waarde. "
                        + $"Geef hem een waarde in 'waarden', bijvoorbeeld \"{naam}\": \"2025-03-31\".");
                    goed = false;
                }
            }
        }

        return goed
            ? WaardeLijst.Van(parameters.Values.OrderBy(p => p.Index).Where(p => waarden.ContainsKey(p.Parameter.Naam))
                .Select(p => new ParameterWaarde(p.Parameter.Naam, waarden[p.Parameter.Naam])).ToList())
            : null;
    }

    /// <summary>The date of <c>{ "datum": ... }</c>: written out, or the value of the parameter <c>$naam</c>.</summary>
    private DatumTermijn? DatumOfParameter(Dictionary<string, JsonElement> termijn, string termijnPad)
    {
        var pad = Pad(termijnPad, "datum");
        if (!Waarde(termijn, termijnPad, "datum", verplicht: true, out var waarde))
        {
            return null;
        }

        if (waarde.ValueKind != JsonValueKind.String)
        {
            TekstWaarde(waarde, pad, "'datum'");
            return null;
        }

        if (waarde.GetString() is not ['$', .. var naam])
        {
            return DatumWaarde(waarde, pad, "'datum'") is { } datum ? new DatumTermijn(datum) : null;
        }

        if (!parameters.TryGetValue(naam, out _))
        {
            Fout(pad, OnbekendeParameter(naam, "in 'datum'"));
            return null;
        }

        // The missing value itself is reported once, at $.waarden; a template has none yet and only checks the names.
        return waarden.TryGetValue(naam, out var waardeVan) ? new DatumTermijn(waardeVan) { Parameter = naam }
            : sjabloon ? new DatumTermijn(DateOnly.MinValue) { Parameter = naam }
            : null;
    }

    private DateOnly? DatumWaarde(JsonElement waarde, string pad, string onderwerp)
    {
        if (waarde.ValueKind != JsonValueKind.String)
        {
            Fout(pad, $"{onderwerp} moet een datum zijn (tekst in de vorm jjjj-mm-dd), maar is {Beschrijf(waarde)}.");
            return null;
        }

        if (TekstWaarde(waarde, pad, onderwerp) is not { } tekst)
        {
            return null;
        }

        if (!DatumPatroon().IsMatch(tekst))
        {
            Fout(pad, $"'{tekst}' is geen datum in de vorm jjjj-mm-dd, bijvoorbeeld 2025-03-31.");
            return null;
        }

        if (!DateOnly.TryParseExact(tekst, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var datum))
        {
            Fout(pad, $"'{tekst}' is geen bestaande datum.");
            return null;
        }

        return datum;
    }

    private string OnbekendeParameter(string naam, string waar)
    {
        if (parameters.Count == 0)
        {
            return $"Onbekende parameter '{naam}' {waar}: deze definitie declareert geen parameters. Declareer hem in 'parameters' (naam, label, soort).";
        }

        var suggestie = Suggesties.Voor(naam, parameters.Keys);
        return $"Onbekende parameter '{naam}' {waar}.{(suggestie is null ? "" : $" Bedoelde je '{suggestie}'?")} "
            + $"Gedeclareerde parameters: {string.Join(", ", parameters.Values.OrderBy(p => p.Index).Select(p => p.Parameter.Naam))}.";
    }
}
