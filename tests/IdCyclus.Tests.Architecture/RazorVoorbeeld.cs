// Stands in for a class Razor compiles a .cshtml page into, to test that such classes are recognised as generated.
namespace AspNetCoreGeneratedDocument;

public sealed class Features_Voorbeeld_Voorbeeld
{
    public sealed class Genest;
}
