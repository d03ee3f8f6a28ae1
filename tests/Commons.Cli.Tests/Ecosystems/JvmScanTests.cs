namespace Commons.Cli.Tests.Ecosystems;

/// <summary>Java and Kotlin: pom.xml, Gradle scripts and version catalogs, imports, text blocks, .properties.</summary>
public class JvmScanTests
{
    [Fact]
    public void Maven_and_gradle_manifests_report_group_and_artifact_outside_comments()
    {
        using var repository = new ScratchRepository()
            .Write("build.gradle", """
                dependencies {
                    implementation 'org.springframework.boot:spring-boot-starter-web:3.3.2'
                    // implementation 'io.minio:minio:8.5.0'
                    implementation 'com.sun.mail:jakarta.mail:2.0.1'
                    testImplementation group: 'org.apache.poi', name: 'poi-ooxml', version: '5.2.5'
                }
                """)
            .Write("app/build.gradle.kts", """
                dependencies {
                    implementation("software.amazon.awssdk:s3:2.26.0")
                    implementation(libs.minio)
                }
                """)
            .Write("gradle/libs.versions.toml", """
                [versions]
                minio = "8.5.0"
                [libraries]
                minio = { module = "io.minio:minio", version.ref = "minio" }
                mailjet = "com.mailjet:mailjet-client:5.2.5"
                """)
            .Write("pom.xml", """
                <project>
                  <dependencies>
                    <!-- <dependency><groupId>io.minio</groupId><artifactId>minio</artifactId></dependency> -->
                    <dependency>
                      <groupId>com.azure</groupId>
                      <artifactId>azure-storage-blob</artifactId>
                    </dependency>
                  </dependencies>
                </project>
                """);

        Assert.Equal(
            new[]
            {
                "app/build.gradle.kts(2,21) CN1005 warning",
                "build.gradle(4,21) CN1004 warning",
                "build.gradle(5,56) CN1003 warning",
                "gradle/libs.versions.toml(4,21) CN1005 warning",
                "gradle/libs.versions.toml(5,12) CN1004 warning",
                "pom.xml(6,19) CN1005 warning",
            },
            repository.Findings());
    }

    [Fact]
    public void Imports_hosts_in_code_text_blocks_and_properties_values_count_javadoc_and_comments_do_not()
    {
        using var repository = new ScratchRepository()
            .Write("src/main/java/App.java", """
                package app;
                import jakarta.mail.Transport;
                import jakarta.mailer.Other;
                /** https://api-adresse.data.gouv.fr/ in javadoc */
                class App { String u = "https://api-adresse.data.gouv.fr/search"; char q = '"'; String v = "https://nominatim.openstreetmap.org/"; }
                """)
            .Write("src/main/kotlin/Client.kt", """"
                val raw = """
                  https://api.opencagedata.com/geocode
                """
                """")
            .Write("src/main/resources/application.properties", """
                # proconnect: https://auth.agentconnect.gouv.fr in a comment
                ! also a comment https://api.sendgrid.com
                spring.security.oauth2.client.provider.pc.issuer-uri=https://auth.agentconnect.gouv.fr/api/v2
                """);

        Assert.Equal(
            new[]
            {
                "src/main/java/App.java(2,8) CN1004 warning",
                "src/main/java/App.java(5,33) CN1007 warning",
                "src/main/java/App.java(5,101) CN1007 warning",
                "src/main/kotlin/Client.kt(2,11) CN1007 warning",
                "src/main/resources/application.properties(3,62) CN1001 warning",
            },
            repository.Findings());
    }
}
