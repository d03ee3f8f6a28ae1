namespace Commons.Cli.Tests.Ecosystems;

/// <summary>
/// A library that serves many services names a brick only with its argument: boto3 with the service name 's3', a
/// generic OpenID Connect client with a ProConnect or FranceConnect issuer or configuration name.
/// </summary>
public class MultiPurposeLibraryTests
{
    [Fact]
    public void Boto3_names_document_storage_only_with_the_s3_service()
    {
        using var repository = new ScratchRepository()
            .Write("app/storage.py", """
                import boto3
                client = boto3.client("s3", endpoint_url=settings.ENDPOINT)
                """)
            .Write("app/queue.py", """
                import boto3
                queue = boto3.client("sqs")  # the "s3" of a comment names nothing
                bucket_words = "s3-like"
                """);

        Assert.Equal(new[] { "app/storage.py(1,8) CN1005 warning" }, repository.Findings());
    }

    [Fact]
    public void An_openid_connect_client_names_the_brick_of_the_provider_it_is_configured_for()
    {
        using var repository = new ScratchRepository()
            .Write("backend/agents.ts", """
                import * as client from "openid-client";
                const issuer = await client.discovery(new URL(process.env.PROCONNECT_ISSUER), id, secret);
                """)
            .Write("backend/citoyens.rb", """
                discover = OpenIDConnect::Discovery::Provider::Config.discover!(ENV.fetch("FRANCE_CONNECT_BASE_URL"))
                """)
            .Write("backend/github.ts", """
                import * as client from "openid-client";
                // ProConnect is for agents; this login is GitHub's
                const issuer = await client.discovery(new URL("https://token.actions.githubusercontent.com"), id);
                """);

        Assert.Equal(
            new[] { "backend/agents.ts(1,26) CN1001 warning", "backend/citoyens.rb(1,12) CN1002 warning" },
            repository.Findings());
    }
}
