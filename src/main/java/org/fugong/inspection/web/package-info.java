/**
 * What the inspection module's pages share across its sub-packages: putting a
 * service's field problems on the form shown again. Internal to the module.
 */
package org.fugong.inspection.web;
