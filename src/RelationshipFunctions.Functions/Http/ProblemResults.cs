using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace RelationshipFunctions.Functions.Http;

/// <summary>RFC 7807 problem details, the one shape every HTTP error of the product takes.</summary>
public static class ProblemResults
{
    public static ObjectResult Problem(int status, string title, string detail)
    {
        var problem = new ProblemDetails
        {
            Type = $"https://httpstatuses.io/{status}",
            Title = title,
            Status = status,
            Detail = detail,
        };
        return new ObjectResult(problem) { StatusCode = status, ContentTypes = { "application/problem+json" } };
    }

    public static ObjectResult BadRequest(string detail) =>
        Problem(StatusCodes.Status400BadRequest, "The request body cannot be read", detail);

    public static ObjectResult TooLarge(string detail) =>
        Problem(StatusCodes.Status413PayloadTooLarge, "The request body is too large", detail);

    public static ObjectResult UnsupportedMediaType(string detail) =>
        Problem(StatusCodes.Status415UnsupportedMediaType, "Unsupported content type", detail);

    public static ObjectResult NotFound(string detail) =>
        Problem(StatusCodes.Status404NotFound, "Not found", detail);
}
