using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using PortfolioOrchestrator.Testing.Alpaca;

namespace PortfolioOrchestrator.Alpaca.Tests.Fake;

/// <summary>Plain HTTP to the fake with the right keys, for answers the adapter never asks for.</summary>
internal sealed class RawAlpaca(FakeAlpacaServer server) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = server.BaseUrl };

    public Task<(int Status, JsonNode? Body, HttpResponseMessage Response)> PostAsync(string path, object body) =>
        SendAsync(HttpMethod.Post, path, JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(body))!.ToJsonString());

    public Task<(int Status, JsonNode? Body, HttpResponseMessage Response)> GetAsync(string path) => SendAsync(HttpMethod.Get, path, null);

    public Task<(int Status, JsonNode? Body, HttpResponseMessage Response)> DeleteAsync(string path) => SendAsync(HttpMethod.Delete, path, null);

    public void Dispose() => _http.Dispose();

    private async Task<(int Status, JsonNode? Body, HttpResponseMessage Response)> SendAsync(HttpMethod method, string path, string? json)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Add("APCA-API-KEY-ID", server.KeyId);
        request.Headers.Add("APCA-API-SECRET-KEY", server.SecretKey);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text), response);
    }
}
