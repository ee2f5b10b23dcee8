using System.Text.Json.Nodes;
using static IdCyclus.Workflows.Tests.Ondersteuning.Definitie;

namespace IdCyclus.Workflows.Tests.Definities;

/// <summary>
/// Whatever is wrong, the reader answers with errors, never with an exception: every value of the examples is in turn
/// removed or replaced by a value of each other JSON type.
/// </summary>
public sealed class RobuustheidTests
{
    public static TheoryData<string> Voorbeelden => ["benoem-een-trekker.json", "alle-onderdelen.json"];

    [Theory]
    [MemberData(nameof(Voorbeelden))]
    public void Elke_verminkte_variant_geeft_fouten_met_een_pad_en_geen_uitzondering(string bestand)
    {
        var origineel = JsonNode.Parse(Voorbeeld(bestand))!;
        var aantalPlekken = Plekken(origineel).Count;
        var varianten = 0;

        for (var plek = 0; plek < aantalPlekken; plek++)
        {
            // Null stands for "remove the value"; the others replace it.
            Func<JsonNode?>?[] vervangingen = [null, () => null, () => 7, () => "x", () => new JsonArray(), () => new JsonObject(), () => -1.5];
            foreach (var vervanging in vervangingen)
            {
                var kopie = origineel.DeepClone();
                var (ouder, sleutel) = Plekken(kopie)[plek];
                Wijzig(ouder, sleutel, vervanging);

                var resultaat = WorkflowDefinitieLezer.Lees(kopie.ToJsonString());

                Assert.True(resultaat.IsGeldig || resultaat.Fouten.Count > 0);
                Assert.All(resultaat.Fouten, fout => Assert.StartsWith("$", fout.Pad, StringComparison.Ordinal));
                Assert.All(resultaat.Fouten, fout => Assert.False(string.IsNullOrWhiteSpace(fout.Melding)));
                varianten++;
            }
        }

        Assert.True(varianten > 100, $"{varianten} varianten");
    }

    private static List<(JsonNode Ouder, object Sleutel)> Plekken(JsonNode wortel)
    {
        var plekken = new List<(JsonNode, object)>();
        void Loop(JsonNode knoop)
        {
            switch (knoop)
            {
                case JsonObject obj:
                    foreach (var (naam, waarde) in obj.ToList())
                    {
                        plekken.Add((obj, naam));
                        if (waarde is not null)
                        {
                            Loop(waarde);
                        }
                    }

                    break;
                case JsonArray lijst:
                    for (var index = 0; index < lijst.Count; index++)
                    {
                        plekken.Add((lijst, index));
                        Loop(lijst[index]!);
                    }

                    break;
            }
        }

        Loop(wortel);
        return plekken;
    }

    private static void Wijzig(JsonNode ouder, object sleutel, Func<JsonNode?>? vervanging)
    {
        switch (ouder, sleutel)
        {
            case (JsonObject obj, string naam) when vervanging is null:
                obj.Remove(naam);
                break;
            case (JsonObject obj, string naam):
                obj[naam] = vervanging();
                break;
            case (JsonArray lijst, int index) when vervanging is null:
                lijst.RemoveAt(index);
                break;
            case (JsonArray lijst, int index):
                lijst[index] = vervanging();
                break;
        }
    }
}
