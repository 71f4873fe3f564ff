using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using RelationshipFunctions.Functions.Http;
using RelationshipFunctions.Ingest;
using RelationshipFunctions.Scoring;
using RelationshipFunctions.Storage;

namespace RelationshipFunctions.Functions.Customers;

/// <summary>
/// <c>GET /api/customers/{customerId}/score</c>: the score, tier, segment, trend, confidence, the factors pulling it
/// up and down, the change since the previous run, and the history of one customer.
/// </summary>
public sealed class CustomerScoreFunction(CustomerStore customers)
{
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
        return new OkObjectResult(CustomerExplanation.From(row, history));
    }
}
