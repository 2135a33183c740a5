package org.ictindex.admin.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.ictindex.domain.account.Permission;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * web.xml's security roles are the permissions, every one of them, so that a screen can ask for any
 * permission and a constraint names nothing a caller could never hold.
 */
class DeclaredPermissionsTest {

  private static final Path WEB_XML = Path.of("src", "main", "webapp", "WEB-INF", "web.xml");

  @Test
  void theDeclaredSecurityRolesAreThePermissions() throws Exception {
    Document webXml = read();

    assertThat(roleNames(webXml, "security-role"))
        .containsExactlyInAnyOrderElementsOf(
            Stream.of(Permission.values()).map(Permission::name).toList());
  }

  @Test
  void theConstraintsAskForPermissions() throws Exception {
    Document webXml = read();

    assertThat(roleNames(webXml, "auth-constraint"))
        .containsExactly(Permission.SIGN_IN.name(), Permission.MANAGE_ACCOUNTS.name());
  }

  private static Document read() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(WEB_XML.toFile());
  }

  private static List<String> roleNames(Document webXml, String parent) {
    List<String> names = new ArrayList<>();
    NodeList parents = webXml.getElementsByTagName(parent);
    for (int i = 0; i < parents.getLength(); i++) {
      NodeList roles = ((Element) parents.item(i)).getElementsByTagName("role-name");
      for (int j = 0; j < roles.getLength(); j++) {
        names.add(roles.item(j).getTextContent().strip());
      }
    }
    return names;
  }
}
