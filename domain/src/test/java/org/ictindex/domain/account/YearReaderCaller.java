package org.ictindex.domain.account;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

/** A caller holding {@link Permission#READ_YEARS} only, as an auditor does among others. */
@Stateless
@DeclareRoles(Permission.READ_YEARS_NAME)
@RunAs(Permission.READ_YEARS_NAME)
public class YearReaderCaller extends ServiceCaller {}
