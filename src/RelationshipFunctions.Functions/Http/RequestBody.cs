using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace RelationshipFunctions.Functions.Http;

/// <summary>Reads a request body into memory up to a limit, without trusting Content-Length.</summary>
public static class RequestBody
{
    /// <summary>Reads the body; on failure <see cref="BodyRead.Problem"/> is the answer to give, in problem details.</summary>
    public static async Task<BodyRead> TryReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        var tooLarge = new BodyRead(null, ProblemResults.TooLarge($"The body is larger than {maxBytes} bytes; send smaller batches."));
        if (request.ContentLength > maxBytes)
        {
            return tooLarge;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    return tooLarge;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return tooLarge;
        }
        catch (BadHttpRequestException ex)
        {
            return new BodyRead(null, ProblemResults.Problem(ex.StatusCode, "The request body could not be read",
                "The body arrived incomplete or too slowly; send it again."));
        }

        return new BodyRead(buffer.ToArray(), null);
    }
}

/// <summary>A body read from a request, or the problem details to answer instead.</summary>
public sealed record BodyRead(byte[]? Body, ObjectResult? Problem);
