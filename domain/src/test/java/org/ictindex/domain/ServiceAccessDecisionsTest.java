package org.ictindex.domain;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ictindex.domain.account.Permission;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every business method of the domain's services decides who may call it, so that a new method
 * cannot be left open by forgetting an annotation: the container enforces {@code @RolesAllowed} on
 * enterprise beans, whichever screen or API resource calls them. It names permissions, which the
 * login gives the caller as groups; a role's name there would let no one in.
 */
class ServiceAccessDecisionsTest {

  private static final Path CLASSES = Path.of("target", "classes");

  /**
   * What is open to every caller, by class or by {@code Class.method}, each with the reason. Every
   * other business method names the permission needed to call it.
   */
  private static final Map<String, String> OPEN_TO_EVERY_CALLER =
      Map.ofEntries(
          Map.entry("PublishedYears", "the public app reads published years without an account"),
          Map.entry(
              "DatabaseSchema.status",
              "both start pages show the schema version, the public one to everyone"),
          Map.entry(
              "AccountService.find", "logging in looks the account up before anyone is logged in"),
          Map.entry(
              "AccountService.authenticate",
              "logging in checks the password before anyone is logged in"),
          Map.entry(
              "AccountService.createFirstAdministrator",
              "the first start creates the administrator before anyone can log in, and it does"
                  + " nothing once there is an account"),
          Map.entry(
              "LoginRecorder",
              "records a successful login while it is being made, before the session"),
          Map.entry(
              "CycleCatalog",
              "which years exist and in which state, read by services that check permissions"),
          // The cores below run only inside the transaction of a service that checked the
          // permission, and act for the actor that service names; services also call each other
          // through them.
          Map.entry("AuditTrail", "appends the audit record of a change a service checked"),
          Map.entry("CycleData", "moves the data of a change a service checked"),
          Map.entry("DraftEditing", "edits a draft for a service that checked the permission"),
          Map.entry("DraftImport", "imports a package for a service that checked the permission"),
          Map.entry(
              "Publisher", "publishes and corrects for a service that checked the permission"),
          Map.entry(
              "ValueSheets",
              "reads what a screen shows for a service that checked the permission"));

  /**
   * CDI beans of the domain, which the container does not role-check: the reader's choice of
   * language, and the list of current revisions with the announcement of new ones and their read
   * models, which hold only what is published and open to everyone anyway. Services are enterprise
   * beans.
   */
  private static final Set<String> CDI_BEANS =
      Set.of(
          "CurrentLanguage",
          "LanguageSwitch",
          "CurrentRevisions",
          "PublishedRevisions",
          "RevisionNotices",
          "AssessmentYears");

  private static final List<Class<? extends Annotation>> ENTERPRISE_BEANS =
      List.of(Stateless.class, Singleton.class, Stateful.class);
  private static final List<Class<? extends Annotation>> CDI_SCOPES =
      List.of(
          ApplicationScoped.class,
          RequestScoped.class,
          SessionScoped.class,
          ConversationScoped.class,
          Dependent.class,
          Named.class);

  private static List<Class<?>> domainClasses;

  @BeforeAll
  static void loadTheDomainClasses() throws IOException {
    try (Stream<Path> files = Files.walk(CLASSES.resolve("org/ictindex/domain"))) {
      domainClasses =
          files
              .map(CLASSES::relativize)
              .map(Path::toString)
              .filter(name -> name.endsWith(".class") && !name.contains("$"))
              .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
              .map(ServiceAccessDecisionsTest::load)
              .toList();
    }
  }

  @Test
  void everyBusinessMethodOfAServiceSaysWhoMayCallIt() {
    List<String> undecided = new ArrayList<>();
    for (Method method : businessMethods()) {
      if (decision(method) == null) {
        undecided.add(name(method));
      }
    }

    assertThat(enterpriseBeans()).extracting(Class::getSimpleName).contains("CycleService");
    assertThat(undecided).as("methods without @RolesAllowed, @PermitAll or @DenyAll").isEmpty();
  }

  @Test
  void whoMayCallAMethodIsSaidByPermissionsOnly() {
    Set<String> permissions =
        Stream.of(Permission.values()).map(Permission::name).collect(Collectors.toSet());
    Set<String> otherNames = new TreeSet<>();
    for (Method method : businessMethods()) {
      if (decision(method) instanceof RolesAllowed allowed) {
        Stream.of(allowed.value())
            .filter(name -> !permissions.contains(name))
            .forEach(name -> otherNames.add(name(method) + " names " + name));
      }
    }

    assertThat(otherNames).as("@RolesAllowed naming no permission").isEmpty();
  }

  @Test
  void onlyTheListedMethodsAreOpenToEveryCaller() {
    Set<String> open = new TreeSet<>();
    Set<String> listed = new TreeSet<>();
    for (Method method : businessMethods()) {
      if (decision(method) instanceof PermitAll) {
        String methodName = name(method);
        String className = method.getDeclaringClass().getSimpleName();
        if (OPEN_TO_EVERY_CALLER.containsKey(methodName)) {
          listed.add(methodName);
        } else if (OPEN_TO_EVERY_CALLER.containsKey(className)) {
          listed.add(className);
        } else {
          open.add(methodName);
        }
      }
    }

    assertThat(open).as("open to every caller without a reason on the list").isEmpty();
    assertThat(listed)
        .as("entries of the list still in use")
        .isEqualTo(OPEN_TO_EVERY_CALLER.keySet());
  }

  @Test
  void theOnlyCdiBeansHoldNothingButPublicState() {
    List<String> cdiBeans =
        domainClasses.stream()
            .filter(type -> CDI_SCOPES.stream().anyMatch(type::isAnnotationPresent))
            .filter(type -> ENTERPRISE_BEANS.stream().noneMatch(type::isAnnotationPresent))
            .map(Class::getSimpleName)
            .toList();

    assertThat(cdiBeans).containsExactlyInAnyOrderElementsOf(CDI_BEANS);
  }

  private static List<Class<?>> enterpriseBeans() {
    return domainClasses.stream()
        .filter(type -> ENTERPRISE_BEANS.stream().anyMatch(type::isAnnotationPresent))
        .toList();
  }

  private static List<Method> businessMethods() {
    return enterpriseBeans().stream()
        .flatMap(type -> Stream.of(type.getDeclaredMethods()))
        .filter(method -> Modifier.isPublic(method.getModifiers()))
        .filter(method -> !Modifier.isStatic(method.getModifiers()))
        .filter(method -> !method.isSynthetic())
        .filter(method -> !method.isAnnotationPresent(PostConstruct.class))
        .filter(method -> !method.isAnnotationPresent(PreDestroy.class))
        .toList();
  }

  /** The method's own access annotation, else its class's, as the container applies them. */
  private static Annotation decision(Method method) {
    Annotation own = accessAnnotation(method);
    return own != null ? own : accessAnnotation(method.getDeclaringClass());
  }

  private static Annotation accessAnnotation(AnnotatedElement element) {
    return Stream.of(RolesAllowed.class, PermitAll.class, DenyAll.class)
        .map(element::getAnnotation)
        .filter(annotation -> annotation != null)
        .findFirst()
        .orElse(null);
  }

  private static String name(Method method) {
    return method.getDeclaringClass().getSimpleName() + "." + method.getName();
  }

  private static Class<?> load(String className) {
    try {
      return Class.forName(className, false, ServiceAccessDecisionsTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
