using System.Text.Json;

namespace PortfolioOrchestrator.Journal.Tests.Fixtures;

internal static class JsonAssert
{
    /// <summary>Fails on any null, empty array or empty object: the sample left a property unset.</summary>
    public static void FullyPopulated(string json)
    {
        using var document = JsonDocument.Parse(json);
        Walk(document.RootElement, "$");
    }

    private static void Walk(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Null:
                Assert.Fail($"{path} is null");
                break;
            case JsonValueKind.Array:
                Assert.True(element.GetArrayLength() > 0, $"{path} is an empty array");
                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, $"{path}[{i++}]");
                }

                break;
            case JsonValueKind.Object:
                Assert.True(element.EnumerateObject().Any(), $"{path} is an empty object");
                foreach (var property in element.EnumerateObject())
                {
                    Walk(property.Value, $"{path}.{property.Name}");
                }

                break;
        }
    }
}
