using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using RelationshipFunctions.Functions.Http;
using RelationshipFunctions.Ingest;
using RelationshipFunctions.Scoring;
using RelationshipFunctions.Storage;

namespace RelationshipFunctions.Functions.Customers;

/// <summary><c>GET /api/customers/{customerId}/score</c>: the score, tier, confidence, factors and history of one customer.</summary>
public sealed class CustomerScoreFunction(CustomerStore customers)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Function("CustomerScore")]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "customers/{customerId}/score")] HttpRequest request,
        string customerId,
        CancellationToken cancellationToken)
    {
        if (customerId.Length is 0 or > SignalLimits.MaxCustomerIdLength || !customerId.All(SignalValidator.IsIdChar))
        {
            return ProblemResults.BadRequest("The customer id has characters or a length that no customer id has.");
        }

        var row = await customers.GetAsync(customerId, cancellationToken).ConfigureAwait(false);
        if (row is null)
        {
            return ProblemResults.NotFound("No score has been computed for this customer yet.");
        }

        var history = await customers.GetHistoryAsync(customerId, cancellationToken).ConfigureAwait(false);
        return new OkObjectResult(new CustomerScoreView(
            customerId,
            row.Score,
            row.Tier,
            row.Confidence,
            row.ModelVersion,
            row.AsOf,
            JsonSerializer.Deserialize<List<FactorScore>>(row.Factors, Json) ?? [],
            history.Select(entry => new ScorePoint(entry.AsOf, entry.Score, entry.Tier, entry.ModelVersion)).ToList()));
    }
}

public sealed record CustomerScoreView(
    string CustomerId,
    double Score,
    string Tier,
    double Confidence,
    string ModelVersion,
    DateTimeOffset AsOf,
    IReadOnlyList<FactorScore> Factors,
    IReadOnlyList<ScorePoint> History);

public sealed record ScorePoint(DateTimeOffset AsOf, double Score, string Tier, string ModelVersion);
