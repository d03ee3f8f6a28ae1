using System;
using System.Net.Http;
using System.Threading.Tasks;

namespace Relances;

/// <summary>Calls the national address base directly instead of the shared "api-ban" brick.</summary>
public sealed class Adresses
{
    private static readonly HttpClient Http = new HttpClient();

    public Task<string> Search(string query) =>
        Http.GetStringAsync("https://api-adresse.data.gouv.fr/search/?q=" + Uri.EscapeDataString(query));
}
