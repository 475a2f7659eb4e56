package dev.windlass.sandbox.defaults;

import static dev.windlass.sandbox.defaults.Objects.CONTAINER_IN;
import static dev.windlass.sandbox.defaults.Objects.CONTAINER_OUT;
import static dev.windlass.sandbox.defaults.Objects.META;
import static dev.windlass.sandbox.defaults.Objects.POD_SPEC_IN;
import static dev.windlass.sandbox.defaults.Objects.POD_SPEC_OUT;
import static dev.windlass.sandbox.defaults.Objects.POD_SPEC_TAIL;
import static dev.windlass.sandbox.defaults.Objects.SELECTOR;
import static dev.windlass.sandbox.defaults.Objects.TEMPLATE_IN;
import static dev.windlass.sandbox.defaults.Objects.TEMPLATE_OUT;
import static dev.windlass.sandbox.defaults.Objects.json;
import static dev.windlass.sandbox.defaults.Objects.print;
import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.tree.MapNode;
import dev.windlass.sandbox.resource.ApiResource;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One minimal object per default, and the object kube-apiserver 1.31 returns for it (the
 * {@code SetDefaults_*} functions of pkg/apis/{core,apps,batch,networking,rbac,autoscaling}/v1 and
 * the generated nested defaulters, plus the Job selector generation of the batch registry).
 */
class DefaultingAdmissionTest {

    record Case(String name, ApiResource resource, String in, String out) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> cases() {
        return Stream.of(workloads(), pods(), batch(), others()).flatMap(s -> s).map(Arguments::of);
    }

    private static Stream<Case> workloads() {
        ApiResource deployment = Objects.resource("apps", "v1", "Deployment");
        ApiResource statefulSet = Objects.resource("apps", "v1", "StatefulSet");
        String rolling = "'strategy':{'type':'RollingUpdate','rollingUpdate':{'maxUnavailable':'25%','maxSurge':'25%'}}";
        return Stream.of(
                new Case("deployment: replicas, strategy, history, deadline, pod template", deployment,
                        "{" + META + ",'spec':{'selector':" + SELECTOR + ",'template':" + TEMPLATE_IN + "}}",
                        "{" + META + ",'spec':{'selector':" + SELECTOR + ",'template':" + TEMPLATE_OUT + ",'replicas':1,"
                                + rolling + ",'revisionHistoryLimit':10,'progressDeadlineSeconds':600}}"),
                new Case("deployment: Recreate gets no rollingUpdate", deployment,
                        "{'spec':{'strategy':{'type':'Recreate'},'replicas':0,'template':" + TEMPLATE_IN + "}}",
                        "{'spec':{'strategy':{'type':'Recreate'},'replicas':0,'template':" + TEMPLATE_OUT
                                + ",'revisionHistoryLimit':10,'progressDeadlineSeconds':600}}"),
                new Case("deployment: a partial rollingUpdate keeps the client's maxSurge", deployment,
                        "{'spec':{'strategy':{'rollingUpdate':{'maxSurge':1}},'template':" + TEMPLATE_IN + "}}",
                        "{'spec':{'strategy':{'rollingUpdate':{'maxSurge':1,'maxUnavailable':'25%'},'type':'RollingUpdate'},"
                                + "'template':" + TEMPLATE_OUT
                                + ",'replicas':1,'revisionHistoryLimit':10,'progressDeadlineSeconds':600}}"),
                new Case("replicaset: replicas 1", Objects.resource("apps", "v1", "ReplicaSet"),
                        "{'spec':{'selector':" + SELECTOR + ",'template':" + TEMPLATE_IN + "}}",
                        "{'spec':{'selector':" + SELECTOR + ",'template':" + TEMPLATE_OUT + ",'replicas':1}}"),
                new Case("statefulset: policies, partition 0, retention, claim templates", statefulSet,
                        "{'spec':{'serviceName':'db','template':" + TEMPLATE_IN + ",'volumeClaimTemplates':[{'metadata':"
                                + "{'name':'data'},'spec':{'accessModes':['ReadWriteOnce']}}]}}",
                        "{'spec':{'serviceName':'db','template':" + TEMPLATE_OUT + ",'volumeClaimTemplates':[{'metadata':"
                                + "{'name':'data','creationTimestamp':null},'spec':{'accessModes':['ReadWriteOnce'],"
                                + "'volumeMode':'Filesystem'},'status':{'phase':'Pending'}}],'replicas':1,"
                                + "'podManagementPolicy':'OrderedReady','updateStrategy':{'type':'RollingUpdate',"
                                + "'rollingUpdate':{'partition':0}},'revisionHistoryLimit':10,"
                                + "'persistentVolumeClaimRetentionPolicy':{'whenDeleted':'Retain','whenScaled':'Retain'}}}"),
                new Case("statefulset: a client's RollingUpdate without rollingUpdate gets no partition", statefulSet,
                        "{'spec':{'updateStrategy':{'type':'RollingUpdate'},'podManagementPolicy':'Parallel',"
                                + "'template':" + TEMPLATE_IN + "}}",
                        "{'spec':{'updateStrategy':{'type':'RollingUpdate'},'podManagementPolicy':'Parallel',"
                                + "'template':" + TEMPLATE_OUT + ",'replicas':1,'revisionHistoryLimit':10,"
                                + "'persistentVolumeClaimRetentionPolicy':{'whenDeleted':'Retain','whenScaled':'Retain'}}}"),
                new Case("daemonset: RollingUpdate 1/0, history", Objects.resource("apps", "v1", "DaemonSet"),
                        "{'spec':{'selector':" + SELECTOR + ",'template':" + TEMPLATE_IN + "}}",
                        "{'spec':{'selector':" + SELECTOR + ",'template':" + TEMPLATE_OUT + ",'updateStrategy':{'type':"
                                + "'RollingUpdate','rollingUpdate':{'maxUnavailable':1,'maxSurge':0}},'revisionHistoryLimit':10}}"),
                new Case("replicationcontroller: replicas, selector and labels from the template",
                        Objects.resource("", "v1", "ReplicationController"),
                        "{'metadata':{'name':'rc'},'spec':{'template':" + TEMPLATE_IN + "}}",
                        "{'metadata':{'name':'rc','labels':{'app':'a'}},'spec':{'template':" + TEMPLATE_OUT
                                + ",'replicas':1,'selector':{'app':'a'}}}"),
                new Case("podtemplate: the template's pod spec", Objects.resource("", "v1", "PodTemplate"),
                        "{'template':" + TEMPLATE_IN + "}", "{'template':" + TEMPLATE_OUT + "}"));
    }

    private static Stream<Case> pods() {
        ApiResource pod = Objects.resource("", "v1", "Pod");
        ApiResource deployment = Objects.resource("apps", "v1", "Deployment");
        String tail = ",'replicas':1,'strategy':{'type':'RollingUpdate','rollingUpdate':{'maxUnavailable':'25%',"
                + "'maxSurge':'25%'}},'revisionHistoryLimit':10,'progressDeadlineSeconds':600}}";
        return Stream.of(
                new Case("pod: enableServiceLinks, requests from limits, and phase Pending on create", pod,
                        "{'spec':{'containers':[{'name':'c','image':'nginx:1.25','resources':{'limits':{'cpu':'1'}}}]}}",
                        "{'spec':{'containers':[{'name':'c','image':'nginx:1.25','resources':{'limits':{'cpu':'1'},"
                                + "'requests':{'cpu':'1'}},'terminationMessagePath':'/dev/termination-log',"
                                + "'terminationMessagePolicy':'File','imagePullPolicy':'IfNotPresent'}],"
                                + "'enableServiceLinks':true," + POD_SPEC_TAIL + "},'status':{'phase':'Pending'}}"),
                new Case("pod: host network copies container ports to host ports", pod,
                        "{'spec':{'hostNetwork':true,'containers':[{'name':'c','image':'nginx:1.25','ports':"
                                + "[{'containerPort':80}]}]}}",
                        "{'spec':{'hostNetwork':true,'containers':[{'name':'c','image':'nginx:1.25','ports':"
                                + "[{'containerPort':80,'hostPort':80,'protocol':'TCP'}],'resources':{},"
                                + "'terminationMessagePath':'/dev/termination-log','terminationMessagePolicy':'File',"
                                + "'imagePullPolicy':'IfNotPresent'}],'enableServiceLinks':true," + POD_SPEC_TAIL
                                + "},'status':{'phase':'Pending'}}"),
                new Case("template: probes, hooks, ports, env field refs, init containers", deployment,
                        "{'spec':{'template':{'spec':{'initContainers':[" + CONTAINER_IN + "],'containers':[{'name':'c',"
                                + "'image':'nginx:1.25','ports':[{'containerPort':80}],'env':[{'name':'N','valueFrom':"
                                + "{'fieldRef':{'fieldPath':'metadata.name'}}}],'livenessProbe':{'httpGet':{'port':80}},"
                                + "'readinessProbe':{'tcpSocket':{'port':80},'periodSeconds':5},'startupProbe':{'grpc':"
                                + "{'port':9}},'lifecycle':{'preStop':{'httpGet':{'port':80,'path':'/stop'}}}}]}}}}",
                        "{'spec':{'template':{'spec':{'initContainers':[" + CONTAINER_OUT + "],'containers':[{'name':'c',"
                                + "'image':'nginx:1.25','ports':[{'containerPort':80,'protocol':'TCP'}],'env':[{'name':'N',"
                                + "'valueFrom':{'fieldRef':{'fieldPath':'metadata.name','apiVersion':'v1'}}}],"
                                + "'livenessProbe':{'httpGet':{'port':80,'path':'/','scheme':'HTTP'},'timeoutSeconds':1,"
                                + "'periodSeconds':10,'successThreshold':1,'failureThreshold':3},'readinessProbe':"
                                + "{'tcpSocket':{'port':80},'periodSeconds':5,'timeoutSeconds':1,'successThreshold':1,"
                                + "'failureThreshold':3},'startupProbe':{'grpc':{'port':9,'service':''},'timeoutSeconds':1,"
                                + "'periodSeconds':10,'successThreshold':1,'failureThreshold':3},'lifecycle':{'preStop':"
                                + "{'httpGet':{'port':80,'path':'/stop','scheme':'HTTP'}}},'resources':{},"
                                + "'terminationMessagePath':'/dev/termination-log','terminationMessagePolicy':'File',"
                                + "'imagePullPolicy':'IfNotPresent'}]," + POD_SPEC_TAIL
                                + "},'metadata':{'creationTimestamp':null}}" + tail),
                new Case("template: volume modes, emptyDir, hostPath type, token expiry", deployment,
                        "{'spec':{'template':{'spec':{'containers':[" + CONTAINER_IN + "],'volumes':[{'name':'s','secret':"
                                + "{'secretName':'s'}},{'name':'m','configMap':{'name':'m','defaultMode':256}},{'name':'e'},"
                                + "{'name':'h','hostPath':{'path':'/x'}},{'name':'d','downwardAPI':{'items':[{'path':'n',"
                                + "'fieldRef':{'fieldPath':'metadata.name'}}]}},{'name':'p','projected':{'sources':"
                                + "[{'serviceAccountToken':{'path':'t'}}]}},{'name':'v','ephemeral':{'volumeClaimTemplate':"
                                + "{'spec':{'accessModes':['ReadWriteOnce']}}}}]}}}}",
                        "{'spec':{'template':{'spec':{'containers':[" + CONTAINER_OUT + "],'volumes':[{'name':'s','secret':"
                                + "{'secretName':'s','defaultMode':420}},{'name':'m','configMap':{'name':'m','defaultMode':256}},"
                                + "{'name':'e','emptyDir':{}},{'name':'h','hostPath':{'path':'/x','type':''}},{'name':'d',"
                                + "'downwardAPI':{'items':[{'path':'n','fieldRef':{'fieldPath':'metadata.name',"
                                + "'apiVersion':'v1'}}],'defaultMode':420}},{'name':'p','projected':{'sources':"
                                + "[{'serviceAccountToken':{'path':'t','expirationSeconds':3600}}],'defaultMode':420}},"
                                + "{'name':'v','ephemeral':{'volumeClaimTemplate':{'spec':{'accessModes':['ReadWriteOnce'],"
                                + "'volumeMode':'Filesystem'}}}}]," + POD_SPEC_TAIL
                                + "},'metadata':{'creationTimestamp':null}}" + tail));
    }

    private static Stream<Case> batch() {
        ApiResource job = Objects.resource("batch", "v1", "Job");
        String neverSpec = "{'restartPolicy':'Never','containers':[" + CONTAINER_IN + "]}";
        String neverOut = "{'restartPolicy':'Never','containers':[" + CONTAINER_OUT + "],'terminationGracePeriodSeconds':30,"
                + "'dnsPolicy':'ClusterFirst','securityContext':{},'schedulerName':'default-scheduler'}";
        return Stream.of(
                new Case("job: counts, retries, modes; selector generated from the uid", job,
                        "{" + META + ",'spec':{'template':{'spec':" + neverSpec + "}}}",
                        "{'metadata':{'name':'x','namespace':'ns','uid':'u-1','labels':{"
                                + "'batch.kubernetes.io/controller-uid':'u-1','batch.kubernetes.io/job-name':'x',"
                                + "'controller-uid':'u-1','job-name':'x'}},'spec':{'template':{'spec':" + neverOut
                                + ",'metadata':{'creationTimestamp':null,'labels':{'batch.kubernetes.io/controller-uid':'u-1',"
                                + "'batch.kubernetes.io/job-name':'x','controller-uid':'u-1','job-name':'x'}}},"
                                + "'parallelism':1,'completions':1,'backoffLimit':6,'manualSelector':false,"
                                + "'completionMode':'NonIndexed','suspend':false,'podReplacementPolicy':'TerminatingOrFailed',"
                                + "'selector':{'matchLabels':{'batch.kubernetes.io/controller-uid':'u-1'}}}}"),
                new Case("job: manual selector, failure policy, per-index backoff", job,
                        "{'metadata':{'name':'x','labels':{'team':'t'}},'spec':{'manualSelector':true,'completions':3,"
                                + "'backoffLimitPerIndex':1,'selector':" + SELECTOR + ",'podFailurePolicy':{'rules':[{'action':"
                                + "'Ignore','onPodConditions':[{'type':'DisruptionTarget'}]}]},'template':" + TEMPLATE_IN + "}}",
                        "{'metadata':{'name':'x','labels':{'team':'t'}},'spec':{'manualSelector':true,'completions':3,"
                                + "'backoffLimitPerIndex':1,'selector':" + SELECTOR + ",'podFailurePolicy':{'rules':[{'action':"
                                + "'Ignore','onPodConditions':[{'type':'DisruptionTarget','status':'True'}]}]},"
                                + "'template':" + TEMPLATE_OUT + ",'parallelism':1,'backoffLimit':2147483647,"
                                + "'completionMode':'NonIndexed','suspend':false,'podReplacementPolicy':'Failed'}}"),
                new Case("cronjob: policy, suspend, history; job template gets pod defaults only",
                        Objects.resource("batch", "v1", "CronJob"),
                        "{'spec':{'schedule':'* * * * *','jobTemplate':{'spec':{'template':{'spec':" + neverSpec + "}}}}}",
                        "{'spec':{'schedule':'* * * * *','jobTemplate':{'spec':{'template':{'spec':" + neverOut
                                + ",'metadata':{'creationTimestamp':null}}},'metadata':{'creationTimestamp':null}},"
                                + "'concurrencyPolicy':'Allow','suspend':false,'successfulJobsHistoryLimit':3,"
                                + "'failedJobsHistoryLimit':1}}"));
    }

    private static Stream<Case> others() {
        ApiResource policy = Objects.resource("networking.k8s.io", "v1", "NetworkPolicy");
        ApiResource hpa = Objects.resource("autoscaling", "v2", "HorizontalPodAutoscaler");
        return Stream.of(
                new Case("secret: type Opaque", Objects.resource("", "v1", "Secret"),
                        "{'data':{'k':'dg=='}}", "{'data':{'k':'dg=='},'type':'Opaque'}"),
                new Case("pvc: volumeMode Filesystem", Objects.resource("", "v1", "PersistentVolumeClaim"),
                        "{'spec':{'accessModes':['ReadWriteOnce']}}",
                        "{'spec':{'accessModes':['ReadWriteOnce'],'volumeMode':'Filesystem'}}"),
                new Case("pv: reclaim Retain, volumeMode, hostPath type", Objects.resource("", "v1", "PersistentVolume"),
                        "{'spec':{'hostPath':{'path':'/d'}}}",
                        "{'spec':{'hostPath':{'path':'/d','type':''},'persistentVolumeReclaimPolicy':'Retain',"
                                + "'volumeMode':'Filesystem'}}"),
                new Case("networkpolicy: Ingress only, port protocol", policy,
                        "{'spec':{'podSelector':{},'ingress':[{'ports':[{'port':80}]}]}}",
                        "{'spec':{'podSelector':{},'ingress':[{'ports':[{'port':80,'protocol':'TCP'}]}],"
                                + "'policyTypes':['Ingress']}}"),
                new Case("networkpolicy: egress rules add Egress", policy,
                        "{'spec':{'podSelector':{},'egress':[{}]}}",
                        "{'spec':{'podSelector':{},'egress':[{}],'policyTypes':['Ingress','Egress']}}"),
                new Case("rolebinding: RBAC group on role and User/Group subjects, none for ServiceAccount",
                        Objects.resource("rbac.authorization.k8s.io", "v1", "RoleBinding"),
                        "{'roleRef':{'kind':'Role','name':'r'},'subjects':[{'kind':'User','name':'u'},{'kind':'Group',"
                                + "'name':'g'},{'kind':'ServiceAccount','name':'s','namespace':'n'}]}",
                        "{'roleRef':{'kind':'Role','name':'r','apiGroup':'rbac.authorization.k8s.io'},'subjects':[{'kind':"
                                + "'User','name':'u','apiGroup':'rbac.authorization.k8s.io'},{'kind':'Group','name':'g',"
                                + "'apiGroup':'rbac.authorization.k8s.io'},{'kind':'ServiceAccount','name':'s',"
                                + "'namespace':'n'}]}"),
                new Case("hpa v2: minReplicas and the CPU target", hpa,
                        "{'spec':{'maxReplicas':5}}",
                        "{'spec':{'maxReplicas':5,'minReplicas':1,'metrics':[{'type':'Resource','resource':{'name':'cpu',"
                                + "'target':{'type':'Utilization','averageUtilization':80}}}]}}"),
                new Case("hpa v2: a given behavior gets its unset rules", hpa,
                        "{'spec':{'minReplicas':2,'metrics':[{'type':'Pods'}],'behavior':{'scaleDown':"
                                + "{'stabilizationWindowSeconds':60}}}}",
                        "{'spec':{'minReplicas':2,'metrics':[{'type':'Pods'}],'behavior':{'scaleDown':"
                                + "{'stabilizationWindowSeconds':60,'selectPolicy':'Max','policies':[{'type':'Percent',"
                                + "'value':100,'periodSeconds':15}]},'scaleUp':{'stabilizationWindowSeconds':0,"
                                + "'selectPolicy':'Max','policies':[{'type':'Pods','value':4,'periodSeconds':15},"
                                + "{'type':'Percent','value':100,'periodSeconds':15}]}}}}"),
                new Case("ingressclass: parameters scope Cluster", Objects.resource("networking.k8s.io", "v1", "IngressClass"),
                        "{'spec':{'controller':'c','parameters':{'kind':'K','name':'n'}}}",
                        "{'spec':{'controller':'c','parameters':{'kind':'K','name':'n','scope':'Cluster'}}}"),
                new Case("serviceaccount: no defaults", Objects.resource("", "v1", "ServiceAccount"),
                        "{'metadata':{'name':'s'}}", "{'metadata':{'name':'s'}}"),
                new Case("ingress: no defaults", Objects.resource("networking.k8s.io", "v1", "Ingress"),
                        "{'spec':{'rules':[{'host':'h'}]}}", "{'spec':{'rules':[{'host':'h'}]}}"),
                new Case("poddisruptionbudget: no defaults", Objects.resource("policy", "v1", "PodDisruptionBudget"),
                        "{'spec':{'minAvailable':1}}", "{'spec':{'minAvailable':1}}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void create_fillsTheServerDefaults(Case c) {
        MapNode actual = Objects.create(c.resource(), json(c.in()));

        assertThat(print(actual)).isEqualTo(print(json(c.out())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void create_isIdempotent(Case c) {
        MapNode once = Objects.create(c.resource(), json(c.in()));

        assertThat(print(Objects.create(c.resource(), once))).isEqualTo(print(once));
        assertThat(print(Objects.update(c.resource(), once))).isEqualTo(print(once));
    }
}
