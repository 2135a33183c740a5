package org.ictindex.domain.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The hash chain over audit records. */
public final class AuditChain {

  /** The "previous hash" of the first record. */
  public static final String GENESIS = "0".repeat(64);

  private AuditChain() {}

  /** SHA-256 of the previous record's hash followed by this record's canonical content. */
  public static String hash(String previousHash, String canonicalContent) {
    return sha256Hex((previousHash + "\n" + canonicalContent).getBytes(StandardCharsets.UTF_8));
  }

  /** Whether the record's stored hash still matches its content and its predecessor's hash. */
  public static boolean verify(AuditRecord record) {
    return hash(record.previousHash(), record.canonicalContent()).equals(record.recordHash());
  }

  public static String sha256Hex(byte[] bytes) {
    return hex(sha256Digest().digest(bytes));
  }

  /** A new SHA-256 digest, for hashing what is too large to hold as one array. */
  public static MessageDigest sha256Digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }

  /** A digest in the lowercase hexadecimal form every stored hash has. */
  public static String hex(byte[] digest) {
    return HexFormat.of().formatHex(digest);
  }
}
