using System.Text.Json;
using IdCyclus.Shared.Persistence;
using IdCyclus.Shared.Validation;

namespace IdCyclus.Modules.Organisatie.Tests.Shared;

public sealed class JsonWaardeTests
{
    [Theory]
    [InlineData("{}", "een object", "een object")]
    [InlineData("[1]", "een lijst", "een lijst")]
    [InlineData("\"drie\"", "de tekst \"drie\"", "tekst \"drie\"")]
    [InlineData("3.50", "het getal 3.50", "getal 3.50")]
    [InlineData("true", "true", "true")]
    [InlineData("null", "null", "null")]
    public void Een_gevonden_waarde_wordt_in_het_Nederlands_beschreven_met_of_zonder_lidwoord(string json, string met, string zonder)
    {
        using var document = JsonDocument.Parse(json);

        Assert.Equal(met, JsonWaarde.Beschrijf(document.RootElement));
        Assert.Equal(zonder, JsonWaarde.Beschrijf(document.RootElement, lidwoord: false));
    }

    [Theory]
    [InlineData("IdCyclus.Modules.Organisatie", "Organisatie")]
    [InlineData("IdCyclus.Modules.Actieplannen", "Actieplannen")]
    public void Een_module_heet_naar_het_laatste_deel_van_haar_assembly(string assembly, string module)
    {
        Assert.Equal(module, ModuleRegistratie.ModuleNaam(assembly));
    }
}
