using System.Text.Json.Nodes;
using IdCyclus.Workflows.Lezen;

namespace IdCyclus.Workflows.Tests.Definities;

/// <summary>
/// docs/workflows-schema.json must describe exactly the format the reader accepts: the same fields per object, the same
/// choices, and no object that lets unknown fields through.
/// </summary>
public sealed class SchemaTests
{
    private static readonly JsonObject Schema =
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schema", "workflows-schema.json")))!.AsObject();

    private static JsonObject Def(string naam) => Schema["$defs"]![naam]!.AsObject();

    private static string[] Velden(JsonNode schema) => [.. schema["properties"]!.AsObject().Select(veld => veld.Key).Order(StringComparer.Ordinal)];

    private static string[] Gesorteerd(IEnumerable<string> namen) => [.. namen.Order(StringComparer.Ordinal)];

    [Fact]
    public void Het_schema_is_draft_2020_12() =>
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", (string?)Schema["$schema"]);

    [Fact]
    public void De_definitie_heeft_dezelfde_velden_als_de_lezer_kent()
    {
        Assert.Equal(Gesorteerd(Lezen.Velden.Definitie), Velden(Schema));
        Assert.Equal(["id", "naam", "stappen", "versie"], Gesorteerd(Schema["required"]!.AsArray().Select(naam => (string)naam!)));
        Assert.Equal(Gesorteerd(Lezen.Velden.Opties), Velden(Schema["properties"]!["opties"]!));
    }

    [Theory]
    [InlineData(StapSoort.Taak, "taak")]
    [InlineData(StapSoort.Melding, "melding")]
    [InlineData(StapSoort.Wachten, "wachten")]
    [InlineData(StapSoort.PerItem, "perItem")]
    [InlineData(StapSoort.Samenvoegen, "samenvoegen")]
    public void Elke_stapsoort_heeft_dezelfde_velden_als_de_lezer_kent(StapSoort soort, string naam)
    {
        var def = Def(naam);

        Assert.Equal(Gesorteerd([.. Lezen.Velden.StapAlgemeen, .. Lezen.Velden.PerSoort[soort]]), Velden(def));
        Assert.Equal(naam, (string?)def["properties"]!["soort"]!["const"]);
        Assert.Equal(naam, Lezen.Velden.Naam(soort));
    }

    [Fact]
    public void Termijn_escalatie_en_keuzes_komen_overeen_met_de_lezer()
    {
        var termijnVelden = Def("termijn")["oneOf"]!.AsArray().SelectMany(optie => Velden(optie!)).Distinct();
        Assert.Equal(Gesorteerd(Lezen.Velden.Termijn), Gesorteerd(termijnVelden));
        Assert.Equal(Gesorteerd(Lezen.Velden.Escalatie), Velden(Def("escalatie")));
        Assert.Equal(Lezen.Velden.Wachtwijzen.Keys, Def("samenvoegen")["properties"]!["wacht"]!["enum"]!.AsArray().Select(waarde => (string)waarde!));
        Assert.Equal(Lezen.Velden.Bereiken.Keys, Def("taak")["properties"]!["bereik"]!["enum"]!.AsArray().Select(waarde => (string)waarde!));
        Assert.Equal(Gesorteerd(Lezen.Velden.Parameter), Velden(Def("parameter")));
        Assert.Equal(Lezen.Velden.ParameterSoorten.Keys, Def("parameter")["properties"]!["soort"]!["enum"]!.AsArray().Select(waarde => (string)waarde!));
        Assert.Equal(Lezen.Velden.Herhalingen.Keys,
            Schema["properties"]!["opties"]!["properties"]!["herhaling"]!["enum"]!.AsArray().Select(waarde => (string)waarde!));
    }

    [Fact]
    public void Geen_object_in_het_schema_laat_onbekende_velden_toe()
    {
        var open = new List<string>();
        Loop(Schema, "#", open);

        Assert.Empty(open);
    }

    private static void Loop(JsonNode? knoop, string pad, List<string> open)
    {
        switch (knoop)
        {
            case JsonObject obj:
                if (obj.ContainsKey("properties") && obj["additionalProperties"]?.GetValue<bool>() != false && !pad.EndsWith("/if", StringComparison.Ordinal)
                    && !pad.Contains("/not", StringComparison.Ordinal))
                {
                    open.Add(pad);
                }

                foreach (var (naam, waarde) in obj)
                {
                    Loop(waarde, $"{pad}/{naam}", open);
                }

                break;
            case JsonArray lijst:
                for (var index = 0; index < lijst.Count; index++)
                {
                    Loop(lijst[index], $"{pad}/{index}", open);
                }

                break;
        }
    }
}
