package fr.gouv.social.archives;

import software.amazon.awssdk.services.s3.S3Client;

/** Dépose les archives. Voir https://docs.aws.amazon.com/ (un lien de documentation). */
public class Depot {
    private final S3Client client = S3Client.create();
}
