namespace RelationshipFunctions.Tests.Testing;

/// <summary>
/// Runs code as if the machine's local time zone were America/New_York, to catch dates that are read
/// as local time. The zone is process-wide, so tests that use this belong to <see cref="LocalTimeZoneTests"/>.
/// </summary>
public static class WestOfUtc
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public static async Task<T> Run<T>(Func<Task<T>> action)
    {
        await Gate.WaitAsync();
        var previous = Environment.GetEnvironmentVariable("TZ");
        try
        {
            Environment.SetEnvironmentVariable("TZ", "America/New_York");
            TimeZoneInfo.ClearCachedData();
            return await action();
        }
        finally
        {
            Environment.SetEnvironmentVariable("TZ", previous);
            TimeZoneInfo.ClearCachedData();
            Gate.Release();
        }
    }
}

/// <summary>Tests that change the process's local time zone run alone, after the parallel ones.</summary>
[CollectionDefinition(nameof(LocalTimeZoneTests), DisableParallelization = true)]
public sealed class LocalTimeZoneTests;
